/**
 * Lesson stepping: a lesson is read one section at a time; it is complete once the learner has
 * reached the last section and confirmed it. Pure.
 */
export interface LessonState {
  /** Sections currently shown: 1 … total. */
  shown: number;
  total: number;
  atEnd: boolean;
  completed: boolean;
}

/**
 * The state to show for a lesson, from what was saved. A saved position past the end (content
 * shortened since) is clamped, so a learner is never stranded.
 */
export function lessonState(
  saved: { reached: number; completedAt?: string } | undefined,
  total: number,
): LessonState {
  const reached = Math.min(Math.max(saved?.reached ?? 0, 0), Math.max(total - 1, 0));
  const shown = total === 0 ? 0 : reached + 1;
  return { shown, total, atEnd: shown >= total, completed: Boolean(saved?.completedAt) };
}

/** Percentage of the lesson read, 0–100. */
export function lessonPercent(state: LessonState): number {
  if (state.completed) return 100;
  if (state.total === 0) return 0;
  return Math.floor(((state.shown - 1) / state.total) * 100);
}
