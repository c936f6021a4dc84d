/**
 * The order of things to do in a module, and the address of each — derived from the manifest.
 * Pure; used by the catalog (progress, "continue") and by each screen's "next" link.
 */
import { matchRoute, paths } from '@/lib/paths';

import { pathItems } from './learning-path';
import type { CourseItem, CourseOutline, ManifestModule } from './types';

export type { CourseItem };

export const modulePath = paths.module.href;

export function itemPath(item: CourseItem): string {
  if (item.kind === 'quiz') return paths.quiz.href(item.moduleId);
  if (item.kind === 'lesson') return paths.lesson.href(item.moduleId, item.id);
  return paths.scenario.href(item.moduleId, item.id);
}

/** Lessons, then scenarios, then the quiz: the order a self-paced learner takes them. */
export function moduleItems(module: ManifestModule): CourseItem[] {
  return pathItems(module);
}

/** The item after `current` in its module, or undefined at the end. */
export function nextItem(module: ManifestModule, current: CourseItem): CourseItem | undefined {
  const items = moduleItems(module);
  const index = items.findIndex((i) => i.kind === current.kind && i.id === current.id);
  return index >= 0 ? items[index + 1] : undefined;
}

/** Reads an address back into the item it shows (for "continue where you stopped"). */
export function itemFromPath(
  path: string,
): CourseItem | { kind: 'module'; moduleId: string } | undefined {
  const match = matchRoute(path);
  if (!match) return undefined;
  const { moduleId, lessonId, scenarioId } = match.params;
  if (!moduleId) return undefined;
  if (match.route === 'module') return { kind: 'module', moduleId };
  if (match.route === 'quiz') return { kind: 'quiz', moduleId, id: 'quiz' };
  if (match.route === 'lesson' && lessonId) return { kind: 'lesson', moduleId, id: lessonId };
  if (match.route === 'scenario' && scenarioId) {
    return { kind: 'scenario', moduleId, id: scenarioId };
  }
  return undefined;
}

/** The title of a lesson or scenario; undefined for the quiz (its title is a UI string). */
export function itemTitle(outline: CourseOutline, item: CourseItem): string | undefined {
  // Ids can come from a saved address: only own keys are looked up.
  const own = <T>(r: Record<string, T> | undefined, key: string) =>
    r && Object.hasOwn(r, key) ? r[key] : undefined;
  const module = own(outline.modules, item.moduleId);
  if (item.kind === 'lesson') return own(module?.lessons, item.id);
  if (item.kind === 'scenario') return own(module?.scenarios, item.id);
  return undefined;
}
