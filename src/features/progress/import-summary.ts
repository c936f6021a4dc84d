/**
 * What loading a file would change, worked out before anything is changed, so the learner can
 * confirm it: the merged progress compared with what is here. Pure.
 */
import { own } from '@/lib/check';
import { ASSESSMENT_KEY, type ProgressData } from '@/stores/progress-record';
import type { SettingsData } from '@/stores/settings-store';

export interface ImportSummary {
  lessonsCompleted: number;
  lessonsAdvanced: number;
  quizResults: number;
  assessmentResults: number;
  scenarioResults: number;
  /** The file's name and role, taken only where this profile has none (nothing is replaced). */
  name?: string;
  role?: string;
}

const added = <T extends { history: unknown[] }>(
  here: Readonly<Record<string, T>>,
  merged: Readonly<Record<string, T>>,
  keep: (key: string) => boolean,
) =>
  Object.entries(merged)
    .filter(([key]) => keep(key))
    .reduce((sum, [key, v]) => sum + v.history.length - (own(here, key)?.history.length ?? 0), 0);

export function summariseImport(
  here: ProgressData,
  merged: ProgressData,
  hereProfile: SettingsData,
  fileProfile: SettingsData | undefined,
): ImportSummary {
  let lessonsCompleted = 0;
  let lessonsAdvanced = 0;
  for (const [key, lesson] of Object.entries(merged.lessons)) {
    const before = own(here.lessons, key);
    if (lesson.completedAt && !before?.completedAt) lessonsCompleted++;
    else if (!lesson.completedAt && lesson.reached > (before?.reached ?? -1)) lessonsAdvanced++;
  }
  const name = !hereProfile.name ? fileProfile?.name : undefined;
  const role = !hereProfile.role ? fileProfile?.role : undefined;
  return {
    lessonsCompleted,
    lessonsAdvanced,
    quizResults: added(here.quizzes, merged.quizzes, (k) => k !== ASSESSMENT_KEY),
    assessmentResults: added(here.quizzes, merged.quizzes, (k) => k === ASSESSMENT_KEY),
    scenarioResults: added(here.scenarios, merged.scenarios, () => true),
    ...(name ? { name } : {}),
    ...(role ? { role } : {}),
  };
}

/** True when loading would change nothing the learner could see. */
export const changesNothing = (s: ImportSummary) =>
  s.lessonsCompleted +
    s.lessonsAdvanced +
    s.quizResults +
    s.assessmentResults +
    s.scenarioResults ===
    0 &&
  !s.name &&
  !s.role;
