/**
 * Merging an imported progress file into the progress on this device. Nothing already here is
 * lost: lessons keep the furthest point reached, histories are joined without duplicates, and an
 * attempt or run under way here stays as it is. Pure.
 */
import type { ProgressData } from './progress-record';

function joinHistories<T extends { at: string }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(a.map((r) => JSON.stringify(r)));
  return [...a, ...b.filter((r) => !seen.has(JSON.stringify(r)))].sort((x, y) =>
    x.at.localeCompare(y.at),
  );
}

export function mergeProgress(here: ProgressData, incoming: ProgressData): ProgressData {
  const lessons = { ...incoming.lessons, ...here.lessons };
  for (const [key, theirs] of Object.entries(incoming.lessons)) {
    const ours = here.lessons[key];
    if (!ours) continue;
    const completedAt = [ours.completedAt, theirs.completedAt].filter(Boolean).sort()[0];
    lessons[key] = {
      reached: Math.max(ours.reached, theirs.reached),
      ...(completedAt ? { completedAt } : {}),
    };
  }
  const quizzes = { ...incoming.quizzes, ...here.quizzes };
  for (const [key, theirs] of Object.entries(incoming.quizzes)) {
    const ours = here.quizzes[key];
    if (ours) quizzes[key] = { ...ours, history: joinHistories(ours.history, theirs.history) };
  }
  const scenarios = { ...incoming.scenarios, ...here.scenarios };
  for (const [key, theirs] of Object.entries(incoming.scenarios)) {
    const ours = here.scenarios[key];
    if (ours) scenarios[key] = { ...ours, history: joinHistories(ours.history, theirs.history) };
  }
  const lastVisited = [here.lastVisited, incoming.lastVisited]
    .filter((v) => v !== undefined)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  return { lessons, quizzes, scenarios, ...(lastVisited ? { lastVisited } : {}) };
}
