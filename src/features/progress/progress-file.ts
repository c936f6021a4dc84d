/**
 * The progress file a learner downloads and loads again (on another computer, or to give to a
 * trainer). It is checked like saved progress — old versions are migrated, anything that is not a
 * valid progress record is refused — and then against this course (progress-course.ts), since a
 * file is self-reported. A refusal always says why. The download of set-aside data (a list of
 * saved values) loads too: every value in it that can be read is taken.
 */
import { manifest } from '@/content/loader';
import type { Manifest } from '@/content/types';
import {
  FILE_KIND,
  MAX_FILE_BYTES,
  readEnvelope,
  type EnvelopeProblem,
} from '@/stores/profile-file';
import { mergeProgress } from '@/stores/progress-merge';
import { MAX_HISTORY, progressRecord, type ProgressData } from '@/stores/progress-record';
import type { SettingsData } from '@/stores/settings-store';

import { courseProblem, type CourseProblem } from './progress-course';

export { MAX_FILE_BYTES };

export type FileProblem = 'too-large' | 'truncated' | 'tampered' | EnvelopeProblem | CourseProblem;

export type FileReading =
  | { ok: true; state: ProgressData; profile?: SettingsData | undefined }
  | { ok: false; problem: FileProblem };

/** Progress alone, as a file (what the storage notice offers when saving fails). */
export function progressFile(state: ProgressData, exportedAt = new Date()): string {
  return JSON.stringify(
    {
      kind: FILE_KIND,
      version: progressRecord.version,
      exportedAt: exportedAt.toISOString(),
      state,
    },
    null,
    2,
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A history past its cap would only read as "damaged"; say "too large" instead. */
function historyTooLong(state: unknown): boolean {
  if (!isObject(state)) return false;
  return ['quizzes', 'scenarios'].some((part) => {
    const entries = Object.hasOwn(state, part) ? state[part] : undefined;
    return (
      isObject(entries) &&
      Object.values(entries).some(
        (e) => isObject(e) && Array.isArray(e.history) && e.history.length > MAX_HISTORY,
      )
    );
  });
}

/** One progress value: this app's file, or the raw saved value ("download the saved data"). */
function readOne(parsed: unknown, course: Manifest): FileReading {
  if (isObject(parsed) && Object.hasOwn(parsed, 'state') && historyTooLong(parsed.state))
    return { ok: false, problem: 'too-large' };
  const envelope = readEnvelope(parsed);
  if (!envelope.ok) return envelope;
  const problem = courseProblem(envelope.state, course);
  return problem ? { ok: false, problem } : envelope;
}

export function readProgressFile(text: string, course: Manifest = manifest): FileReading {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // It starts like one of our files but does not parse to the end: cut short or damaged.
    return { ok: false, problem: /^\s*[[{]/.test(text) ? 'truncated' : 'not-progress' };
  }
  if (!Array.isArray(parsed)) return readOne(parsed, course);

  // The set-aside download: [{ key, value }], each value a saved value as text.
  const readings = parsed.map((entry): FileReading => {
    const value = isObject(entry) && Object.hasOwn(entry, 'value') ? entry.value : undefined;
    if (typeof value !== 'string') return { ok: false, problem: 'not-progress' };
    try {
      return readOne(JSON.parse(value), course);
    } catch {
      return { ok: false, problem: 'damaged' };
    }
  });
  const states = readings.flatMap((r) => (r.ok ? [r.state] : []));
  const [first] = states;
  if (!first) return readings[0] ?? { ok: false, problem: 'not-progress' };
  return { ok: true, state: states.slice(1).reduce(mergeProgress, first) };
}

/**
 * A file the learner opens: everything readProgressFile checks, and a profile file's seal — a
 * file changed after it was saved is refused as tampered.
 */
export async function readBackupFile(
  text: string,
  course: Manifest = manifest,
): Promise<FileReading> {
  const reading = readProgressFile(text, course);
  if (!reading.ok) return reading;
  const parsed: unknown = JSON.parse(text);
  if (!isObject(parsed)) return reading;
  // The seal's digest code loads with the first file opened, not with the progress screen.
  const { sealIntact } = await import('@/stores/profile-seal');
  if (!(await sealIntact(parsed))) return { ok: false, problem: 'tampered' };
  return reading;
}
