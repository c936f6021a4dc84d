/**
 * What the home screen offers next: the item the learner stopped at while it is unfinished, else
 * the next unfinished step of that module, then the next module, then the final assessment. With a
 * role, "next" follows the role's path (its modules, and in each the scenarios written for it).
 * Pure.
 */
import { itemFromPath, modulePath, type CourseItem } from '@/content/course-path';
import { pathItems, pathModules } from '@/content/learning-path';
import type { Manifest, ManifestModule } from '@/content/types';
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
  role?: string,
): NextStep {
  const ready = manifest.modules.filter((m) => m.status === 'ready');
  const onPath = (m: ManifestModule) => moduleProgress(progress, m, pathItems(m, role));
  const last = lastPath ? itemFromPath(lastPath) : undefined;
  const lastModule = last ? ready.find((m) => m.id === last.moduleId) : undefined;
  if (last && lastModule) {
    if (last.kind !== 'module' && !isItemDone(progress, last))
      return { kind: 'continue', item: last };
    const { next } = onPath(lastModule);
    if (next && last.kind === 'module')
      return { kind: 'continue-module', moduleId: lastModule.id, to: modulePath(lastModule.id) };
    if (next) return { kind: 'next', item: next };
  }
  const unfinished = pathModules(manifest, role).find((m) => onPath(m).percent < 100);
  if (unfinished) {
    const { next } = onPath(unfinished);
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
