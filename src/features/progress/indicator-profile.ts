/**
 * The learner's indicator profile: across every quiz, assessment and scenario attempt, how often
 * each indicator came up, how often it was recognised and how often missed. Pure.
 */
import type { ProgressData } from '@/stores/progress-record';

export interface IndicatorCount {
  met: number;
  recognised: number;
  missed: number;
}

export function indicatorProfile(
  progress: Pick<ProgressData, 'quizzes' | 'scenarios'>,
): Record<string, IndicatorCount> {
  // Indicator ids come from saved data (a file may claim `__proto__`): no prototype to reach.
  const profile = Object.create(null) as Record<string, IndicatorCount>;
  const results = [
    ...Object.values(progress.quizzes).flatMap((q) => q.history),
    ...Object.values(progress.scenarios).flatMap((s) => s.history),
  ];
  for (const result of results) {
    const recognised = [...result.recognised];
    for (const id of result.met) {
      const entry = (profile[id] ??= { met: 0, recognised: 0, missed: 0 });
      entry.met += 1;
      const at = recognised.indexOf(id);
      if (at >= 0) {
        entry.recognised += 1;
        recognised.splice(at, 1);
      } else entry.missed += 1;
    }
  }
  return profile;
}

/** An indicator is weak when it was missed at least as often as it was recognised. */
export const isWeak = (count: IndicatorCount | undefined) =>
  Boolean(count && count.missed > 0 && count.missed >= count.recognised);
