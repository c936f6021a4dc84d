/** Finds the system Chromium. Missing browser = a failed run with instructions, never a skip. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const onPath = execFileSync(
      'sh',
      ['-c', 'command -v chromium || command -v chromium-browser'],
      {
        encoding: 'utf8',
      },
    ).trim();
    if (onPath) return onPath;
  } catch {
    // fall through to the error below
  }
  throw new Error(
    'No Chromium found for the browser tests.\n' +
      'Install one with:  apt-get update && apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary. (The tests are not skipped without it.)',
  );
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
