/**
 * A role's learning path, read from the manifest: every core module (and any other module written
 * for the role), each with its lessons, the scenarios written for the role and its quiz. Pure, and
 * free of app imports, so the content check (scripts/) reports the same paths the home screen shows.
 */
import type { CourseItem, Manifest, ManifestModule } from './types';

/** Whether a module is on a role's path; without a role, every module is. */
export function isOnPath(module: ManifestModule, role: string | undefined): boolean {
  return role === undefined || module.core || module.roles.includes(role);
}

/** The written modules on a role's path, in course order. */
export function pathModules(manifest: Manifest, role: string | undefined): ManifestModule[] {
  return manifest.modules.filter((m) => m.status === 'ready' && isOnPath(m, role));
}

/**
 * What a learner in `role` takes in one module: lessons, then the scenarios written for the role,
 * then the quiz. Without a role, every scenario (the whole module).
 */
export function pathItems(module: ManifestModule, role?: string): CourseItem[] {
  const moduleId = module.id;
  return [
    ...module.lessons.map((l) => ({ kind: 'lesson' as const, moduleId, id: l.id })),
    ...module.scenarios
      .filter((s) => role === undefined || s.roles.includes(role))
      .map((s) => ({ kind: 'scenario' as const, moduleId, id: s.id })),
    ...(module.quiz ? [{ kind: 'quiz' as const, moduleId, id: 'quiz' as const }] : []),
  ];
}

/**
 * Estimated minutes for one item. Lessons carry their own; the module's remaining time (its
 * estimate less its lessons) is shared evenly by its scenarios and quiz, so the module's estimate
 * stays the one figure an author keeps up to date.
 */
export function itemMinutes(module: ManifestModule, item: CourseItem): number {
  if (item.kind === 'lesson') return module.lessons.find((l) => l.id === item.id)?.minutes ?? 0;
  const lessons = module.lessons.reduce((sum, l) => sum + l.minutes, 0);
  const others = module.scenarios.length + (module.quiz ? 1 : 0);
  return others === 0 ? 0 : Math.max(0, module.minutes - lessons) / others;
}
