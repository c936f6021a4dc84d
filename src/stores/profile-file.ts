/**
 * A whole profile as a file (backup, or to carry on at another device): its progress and its
 * settings (name, role, language), sealed with a digest of everything else in the file. The seal
 * is no signature — the course has no secret — but a file edited or cut short after it was saved
 * no longer matches it, so such a file is refused instead of being merged. Files saved before the
 * seal existed (progress files) have none and are read as before.
 */
import { canonical } from '@/lib/canonical';
import { shortDigest } from '@/lib/digest';

import { progressRecord, type ProgressData } from './progress-record';
import { settingsRecord, type SettingsData } from './settings-store';
import { restore } from './versioned-storage';

export const FILE_KIND = 'qorgau-progress';
/** Far above any real profile file (a few KB); a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 1_000_000;
const SEAL_LENGTH = 26;

export type EnvelopeProblem = 'not-progress' | 'newer-version' | 'damaged';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Everything in the file but the seal, in one canonical text. */
const sealedText = (file: Record<string, unknown>) =>
  canonical(Object.fromEntries(Object.entries(file).filter(([k]) => k !== 'seal')));

export async function profileFile(
  state: ProgressData,
  profile: SettingsData,
  exportedAt = new Date(),
): Promise<string> {
  const file = {
    kind: FILE_KIND,
    version: progressRecord.version,
    exportedAt: exportedAt.toISOString(),
    profile: { ...profile, version: settingsRecord.version },
    state,
  };
  return JSON.stringify(
    { ...file, seal: await shortDigest(sealedText(file), SEAL_LENGTH) },
    null,
    2,
  );
}

/** Whether a parsed file's seal (if it has one) still matches what it holds. */
export async function sealIntact(file: Record<string, unknown>): Promise<boolean> {
  // Only files from before profiles lack a seal; a profile file without one had it taken off.
  if (!Object.hasOwn(file, 'seal')) return !Object.hasOwn(file, 'profile');
  return file.seal === (await shortDigest(sealedText(file), SEAL_LENGTH));
}

export type Envelope =
  | { ok: true; state: ProgressData; profile: SettingsData | undefined }
  | { ok: false; problem: EnvelopeProblem };

/**
 * One progress value from a file (or a raw saved value): kind, version and shape checked, old
 * versions migrated, the profile's settings checked like saved settings. Keys are read with
 * `Object.hasOwn` only.
 */
export function readEnvelope(parsed: unknown): Envelope {
  if (!isObject(parsed)) return { ok: false, problem: 'not-progress' };
  const field = (name: string) => (Object.hasOwn(parsed, name) ? parsed[name] : undefined);
  const kind = field('kind');
  const state = field('state');
  if ((kind !== undefined && kind !== FILE_KIND) || state === undefined)
    return { ok: false, problem: 'not-progress' };
  const result = restore(progressRecord, JSON.stringify({ state, version: field('version') }));
  if (!result.ok)
    return {
      ok: false,
      problem:
        result.reason === 'newer-version'
          ? 'newer-version'
          : result.reason === 'invalid'
            ? 'damaged'
            : 'not-progress',
    };
  const rawProfile = field('profile');
  if (rawProfile === undefined) return { ok: true, state: result.state, profile: undefined };
  if (!isObject(rawProfile)) return { ok: false, problem: 'damaged' };
  const { version, ...settings } = rawProfile;
  const profile = restore(settingsRecord, JSON.stringify({ state: settings, version }));
  if (!profile.ok)
    return { ok: false, problem: profile.reason === 'newer-version' ? 'newer-version' : 'damaged' };
  return { ok: true, state: result.state, profile: profile.state };
}
