/**
 * The progress file a learner downloads and loads again (on another computer, or to give to a
 * trainer). It is checked like saved progress — old versions are migrated, anything that is not a
 * valid progress record is refused — and then against this course (progress-course.ts), since a
 * file is self-reported. A refusal always says why. The download of set-aside data (a list of
 * saved values) loads too: every value in it that can be read is taken.
 */
import { manifest } from '@/content/loader';
import type { Manifest } from '@/content/types';
import { mergeProgress } from '@/stores/progress-merge';
import { MAX_HISTORY, progressRecord, type ProgressData } from '@/stores/progress-record';
import { restore } from '@/stores/versioned-storage';

import { courseProblem, type CourseProblem } from './progress-course';

const KIND = 'qorgau-progress';

/** Far above any real progress file (a few KB); a bigger file is refused before it is read. */
export const MAX_FILE_BYTES = 1_000_000;

export type FileProblem =
  'too-large' | 'not-progress' | 'newer-version' | 'damaged' | CourseProblem;

export type FileReading = { ok: true; state: ProgressData } | { ok: false; problem: FileProblem };

export function progressFile(state: ProgressData, exportedAt = new Date()): string {
  return JSON.stringify(
    { kind: KIND, version: progressRecord.version, exportedAt: exportedAt.toISOString(), state },
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
  if (!isObject(parsed)) return { ok: false, problem: 'not-progress' };
  const field = (name: string) => (Object.hasOwn(parsed, name) ? parsed[name] : undefined);
  const kind = field('kind');
  const state = field('state');
  if ((kind !== undefined && kind !== KIND) || state === undefined)
    return { ok: false, problem: 'not-progress' };
  if (historyTooLong(state)) return { ok: false, problem: 'too-large' };
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
  const problem = courseProblem(result.state, course);
  return problem ? { ok: false, problem } : { ok: true, state: result.state };
}

export function readProgressFile(text: string, course: Manifest = manifest): FileReading {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-progress' };
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
