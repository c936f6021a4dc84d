/**
 * How far a learner is through a module, computed from saved progress and the manifest. Pure.
 */
import { moduleItems, type CourseItem } from '@/content/course-path';
import type { ManifestModule } from '@/content/types';

import { itemKey, type ProgressData } from './progress-record';

/** Whether one item counts as done: a lesson completed, a scenario finished, a quiz passed. */
export function isItemDone(progress: ProgressData, item: CourseItem): boolean {
  if (item.kind === 'lesson')
    return Boolean(progress.lessons[itemKey(item.moduleId, item.id)]?.completedAt);
  if (item.kind === 'scenario')
    return (progress.scenarios[itemKey(item.moduleId, item.id)]?.history.length ?? 0) > 0;
  return progress.quizzes[item.moduleId]?.history.some((r) => r.passed) ?? false;
}

export interface ModuleProgress {
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means everything is done. */
  percent: number;
  /** The first item not yet done, if any. */
  next?: CourseItem;
}

/** Progress through a module: all its items, or the ones given (a role's path through it). */
export function moduleProgress(
  progress: ProgressData,
  module: ManifestModule,
  items: CourseItem[] = moduleItems(module),
): ModuleProgress {
  const done = items.filter((i) => isItemDone(progress, i)).length;
  const next = items.find((i) => !isItemDone(progress, i));
  return {
    done,
    total: items.length,
    percent: items.length === 0 ? 0 : Math.floor((done / items.length) * 100),
    ...(next ? { next } : {}),
  };
}

/** Every item of every written module: the whole course, for callers that are given no path. */
export function requiredItems(modules: readonly ManifestModule[]): CourseItem[] {
  return modules.filter((m) => m.status === 'ready').flatMap(moduleItems);
}

/** Whether a path of required items is done, and what is still missing (in the path's order). */
export function pathComplete(
  progress: ProgressData,
  required: readonly CourseItem[],
): { complete: boolean; missing: CourseItem[] } {
  const missing = required.filter((i) => !isItemDone(progress, i));
  return { complete: missing.length === 0, missing };
}
