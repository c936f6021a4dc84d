/**
 * The seal of a profile file: a digest of everything else in it. It is no signature — the course
 * has no secret — but a file edited or cut short after it was saved no longer matches it, so such
 * a file is refused instead of being merged. Files saved before the seal existed (progress files)
 * have none and are read as before. Loaded when a file is saved or opened, not with the screen.
 */
import { canonical } from '@/lib/canonical';
import { shortDigest } from '@/lib/digest';

import { FILE_KIND } from './profile-file';
import { progressRecord, type ProgressData } from './progress-record';
import { settingsRecord, type SettingsData } from './settings-store';

const SEAL_LENGTH = 26;

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
