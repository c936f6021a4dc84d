/**
 * Serves the built course (dist/) with `vite preview` on a free port on 127.0.0.1 for the browser
 * tests, and stops it afterwards. The build itself is `npm test`'s step before this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

import { findChromium } from './chromium';

const root = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The course did not come up at ${url}`);
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!existsSync(path.join(root, 'dist/index.html')))
    throw new Error('No build in dist/. Run `npx vite build` first (npm test does this).');
  const port = await freePort();
  server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, detached: true, stdio: 'ignore' },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  project.provide('chromium', chromium);
}

export function teardown() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}
