/**
 * The order of things to do in a module, and the address of each — derived from the manifest.
 * Pure; used by the catalog (progress, "continue") and by each screen's "next" link.
 */
import type { CourseItem, CourseText, ManifestModule } from './types';

export type { CourseItem };

export const modulePath = (moduleId: string) => `/modules/${moduleId}`;

export function itemPath(item: CourseItem): string {
  if (item.kind === 'quiz') return `${modulePath(item.moduleId)}/quiz`;
  return `${modulePath(item.moduleId)}/${item.kind === 'lesson' ? 'lessons' : 'scenarios'}/${item.id}`;
}

/** Lessons, then scenarios, then the quiz: the order a self-paced learner takes them. */
export function moduleItems(module: ManifestModule): CourseItem[] {
  return [
    ...module.lessons.map((l) => ({ kind: 'lesson' as const, moduleId: module.id, id: l.id })),
    ...module.scenarios.map((s) => ({ kind: 'scenario' as const, moduleId: module.id, id: s.id })),
    ...(module.quiz ? [{ kind: 'quiz' as const, moduleId: module.id, id: 'quiz' as const }] : []),
  ];
}

/** The item after `current` in its module, or undefined at the end. */
export function nextItem(module: ManifestModule, current: CourseItem): CourseItem | undefined {
  const items = moduleItems(module);
  const index = items.findIndex((i) => i.kind === current.kind && i.id === current.id);
  return index >= 0 ? items[index + 1] : undefined;
}

/** Reads an address back into the item it shows (for "continue where you stopped"). */
export function itemFromPath(path: string): CourseItem | { kind: 'module'; moduleId: string } | undefined {
  const m = /^\/modules\/([a-z0-9-]+)(?:\/(lessons|scenarios)\/([a-z0-9-]+)|\/(quiz))?\/?$/.exec(path);
  if (!m) return undefined;
  const moduleId = m[1] as string;
  if (m[4]) return { kind: 'quiz', moduleId, id: 'quiz' };
  if (m[2] && m[3]) return { kind: m[2] === 'lessons' ? 'lesson' : 'scenario', moduleId, id: m[3] };
  return { kind: 'module', moduleId };
}

/** The title of a lesson or scenario; undefined for the quiz (its title is a UI string). */
export function itemTitle(text: CourseText, item: CourseItem): string | undefined {
  const module = text.modules[item.moduleId];
  if (item.kind === 'lesson') return module?.lessons[item.id];
  if (item.kind === 'scenario') return module?.scenarios[item.id];
  return undefined;
}
