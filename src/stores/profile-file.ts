/**
 * A whole profile as a file (backup, or to carry on at another device): its progress and its
 * settings (name, role, language), sealed (profile-seal.ts, which loads when a file is saved or
 * opened). Reading what a file holds is here.
 */
import { progressRecord, type ProgressData } from './progress-record';
import { settingsRecord, type SettingsData } from './settings-store';
import { restore } from './versioned-storage';

export const FILE_KIND = 'qorgau-progress';
/** Far above any real profile file (a few KB); a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 1_000_000;

export type EnvelopeProblem = 'not-progress' | 'newer-version' | 'damaged';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
