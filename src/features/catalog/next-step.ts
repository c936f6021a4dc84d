/**
 * What the home screen offers next: the item the learner stopped at while it is unfinished, else
 * the next unfinished step of that module, then the next module, then the final assessment. Pure.
 */
import { itemFromPath, modulePath, type CourseItem } from '@/content/course-path';
import type { Manifest } from '@/content/types';
import { isItemDone, moduleProgress } from '@/stores/module-progress';
import { ASSESSMENT_KEY, type ProgressData } from '@/stores/progress-record';

export type NextStep =
  | { kind: 'continue'; item: CourseItem }
  | { kind: 'continue-module'; moduleId: string; to: string }
  | { kind: 'next'; item: CourseItem }
  | { kind: 'start-module'; moduleId: string; number: number; item?: CourseItem }
  | { kind: 'assessment' }
  | { kind: 'finished' };

export function nextStep(
  progress: ProgressData,
  manifest: Manifest,
  lastPath: string | undefined,
): NextStep {
  const ready = manifest.modules.filter((m) => m.status === 'ready');
  const last = lastPath ? itemFromPath(lastPath) : undefined;
  const lastModule = last ? ready.find((m) => m.id === last.moduleId) : undefined;
  if (last && lastModule) {
    if (last.kind !== 'module' && !isItemDone(progress, last))
      return { kind: 'continue', item: last };
    const { next } = moduleProgress(progress, lastModule);
    if (next && last.kind === 'module')
      return { kind: 'continue-module', moduleId: lastModule.id, to: modulePath(lastModule.id) };
    if (next) return { kind: 'next', item: next };
  }
  const unfinished = ready.find((m) => moduleProgress(progress, m).percent < 100);
  if (unfinished) {
    const { next } = moduleProgress(progress, unfinished);
    return {
      kind: 'start-module',
      moduleId: unfinished.id,
      number: unfinished.number,
      ...(next ? { item: next } : {}),
    };
  }
  const assessmentPassed = progress.quizzes[ASSESSMENT_KEY]?.history.some((r) => r.passed);
  return assessmentPassed || ready.length === 0 ? { kind: 'finished' } : { kind: 'assessment' };
}
