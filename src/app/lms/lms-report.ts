/**
 * What the LMS is told besides suspend_data, from the progress record and the manifest. Pure.
 * - `cmi.core.lesson_status`: "passed" once the final assessment is passed, "failed" while it has
 *   been taken but not passed, "completed" when every item of every written module is done but
 *   the assessment is not taken yet, "incomplete" before.
 * - `cmi.core.score.*`: the final assessment's best result as a percentage (min 0, max 100) —
 *   Moodle grades a SCORM 1.2 package on the raw score out of 100 — and nothing before it is taken.
 */
import type { Manifest } from '@/content/types';
import { moduleProgress } from '@/stores/module-progress';
import { ASSESSMENT_KEY, type ProgressData } from '@/stores/progress-record';

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface LmsReport {
  status: LessonStatus;
  /** 0–100, the best assessment result; absent until the assessment is taken. */
  score?: number;
}

export function lmsReport(progress: ProgressData, manifest: Manifest): LmsReport {
  const history = Object.hasOwn(progress.quizzes, ASSESSMENT_KEY)
    ? (progress.quizzes[ASSESSMENT_KEY]?.history ?? [])
    : [];
  const percents = history.map((r) => (r.max > 0 ? Math.round((100 * r.score) / r.max) : 0));
  const score = percents.length ? Math.max(...percents) : undefined;
  const ready = manifest.modules.filter((m) => m.status === 'ready');
  const status: LessonStatus = history.some((r) => r.passed)
    ? 'passed'
    : history.length > 0
      ? 'failed'
      : ready.length > 0 && ready.every((m) => moduleProgress(progress, m).percent === 100)
        ? 'completed'
        : 'incomplete';
  return score === undefined ? { status } : { status, score };
}
