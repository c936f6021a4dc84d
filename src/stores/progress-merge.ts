/**
 * Merging two copies of a learner's progress: a progress file loaded into this device's, or what
 * another tab saved into this tab's. Nothing either side has is lost: lessons keep the furthest
 * point reached and the first completion, histories are joined without duplicates, and of two
 * attempts (or runs) under way the later one stays. The merge is symmetric — merge(a, b) and
 * merge(b, a) are the same — so two tabs that merge each other's saves agree and stop writing.
 * Keys come from the data: every lookup is an own-property lookup, every result is built with
 * Object.fromEntries, so no key (`__proto__`, `constructor`) ever reaches Object.prototype. Pure.
 */
import { canonical } from '@/lib/canonical';
import { own } from '@/lib/check';

import {
  MAX_HISTORY,
  type ProgressData,
  type QuizAttempt,
  type ScenarioRun,
} from './progress-record';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function joinHistories<T extends { at: string }>(a: readonly T[], b: readonly T[]): T[] {
  const all = new Map<string, T>();
  for (const r of [...a, ...b]) all.set(canonical(r), r);
  return [...all.entries()]
    .sort(([ka, x], [kb, y]) => byText(x.at, y.at) || byText(ka, kb))
    .map(([, r]) => r);
}

/** Of two things under way, the later; the same one (same start) keeps what each side added. */
function later<T extends { startedAt: string }>(
  a: T | undefined,
  b: T | undefined,
  same: (a: T, b: T) => T,
): T | undefined {
  if (!a || !b) return a ?? b;
  if (a.startedAt !== b.startedAt) return a.startedAt > b.startedAt ? a : b;
  return same(a, b);
}

const sameAttempt = (a: QuizAttempt, b: QuizAttempt): QuizAttempt => {
  if (canonical(a) === canonical(b)) return a;
  const [first, second] = canonical(a) < canonical(b) ? [a, b] : [b, a];
  return {
    ...first,
    answers: Object.fromEntries([
      ...Object.entries(second.answers),
      ...Object.entries(first.answers),
    ]),
  };
};

/** The same run seen in two tabs: the one that went further (runs only grow). */
const sameRun = (a: ScenarioRun, b: ScenarioRun): ScenarioRun =>
  a.choices.length !== b.choices.length
    ? a.choices.length > b.choices.length
      ? a
      : b
    : canonical(a) <= canonical(b)
      ? a
      : b;

/** An attempt or run that ended (a result saved at or after its start) is no longer under way. */
const stillOpen = <T extends { startedAt: string }>(
  open: T | undefined,
  history: { at: string }[],
) => (open && !history.some((r) => r.at >= open.startedAt) ? open : undefined);

function keysOf(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byText);
}

function mergeEntries<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  return Object.fromEntries(
    keysOf(a, b).map((key) => {
      const x = own(a, key);
      const y = own(b, key);
      return [key, x && y ? both(x, y) : ((x ?? y) as T)];
    }),
  );
}

export function mergeProgress(here: ProgressData, incoming: ProgressData): ProgressData {
  const lessons = mergeEntries(here.lessons, incoming.lessons, (ours, theirs) => {
    const completedAt = [ours.completedAt, theirs.completedAt].filter(Boolean).sort()[0];
    return {
      reached: Math.max(ours.reached, theirs.reached),
      ...(completedAt ? { completedAt } : {}),
    };
  });
  const quizzes = mergeEntries(here.quizzes, incoming.quizzes, (ours, theirs) => {
    const history = joinHistories(ours.history, theirs.history);
    const attempt = stillOpen(later(ours.attempt, theirs.attempt, sameAttempt), history);
    return { ...(attempt ? { attempt } : {}), history };
  });
  const scenarios = mergeEntries(here.scenarios, incoming.scenarios, (ours, theirs) => {
    const history = joinHistories(ours.history, theirs.history);
    const run = stillOpen(later(ours.run, theirs.run, sameRun), history);
    return { ...(run ? { run } : {}), history };
  });
  const lastVisited = [here.lastVisited, incoming.lastVisited]
    .filter((v) => v !== undefined)
    .sort((a, b) => byText(b.at, a.at) || byText(a.path, b.path))[0];
  return { lessons, quizzes, scenarios, ...(lastVisited ? { lastVisited } : {}) };
}

/**
 * Two tabs' progress joined. Each tab keeps its histories within the cap, but together they may
 * pass it; the oldest results go, so this merge never yields a state the validator refuses.
 */
export function mergeTabs(here: ProgressData, saved: ProgressData): ProgressData {
  const merged = mergeProgress(here, saved);
  const cap = <T extends { history: unknown[] }>(entries: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [
        k,
        { ...v, history: v.history.slice(-MAX_HISTORY) },
      ]),
    );
  return { ...merged, quizzes: cap(merged.quizzes), scenarios: cap(merged.scenarios) };
}
