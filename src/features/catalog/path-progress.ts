/**
 * How far a learner is along their role's path, and how long the rest should take. Pure: the
 * home screen shows it, from saved progress and the manifest.
 */
import { itemMinutes, pathItems, pathModules } from '@/content/learning-path';
import type { Manifest } from '@/content/types';
import { isItemDone } from '@/stores/module-progress';
import type { ProgressData } from '@/stores/progress-record';

export interface PathProgress {
  done: number;
  total: number;
  /** Estimated minutes for the steps not done yet, rounded up. */
  minutesLeft: number;
}

export function pathProgress(
  progress: ProgressData,
  manifest: Manifest,
  role: string | undefined,
): PathProgress {
  let done = 0;
  let total = 0;
  let left = 0;
  for (const module of pathModules(manifest, role))
    for (const item of pathItems(module, role)) {
      total++;
      if (isItemDone(progress, item)) done++;
      else left += itemMinutes(module, item);
    }
  return { done, total, minutesLeft: Math.ceil(left) };
}

/** Minutes as whole hours and the minutes over. */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
