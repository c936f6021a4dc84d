/**
 * The final assessment's bank and draw weights, built from every written module. Pure.
 */
import type { ModuleContent, Question } from '@/content/types';

/** Question ids are unique within a module; in the assessment they carry their module. */
const SEPARATOR = '/';

/** Every written module's questions, each id prefixed with its module so none collide. */
export function assessmentBank(modules: readonly ModuleContent[]): Question[] {
  return modules.flatMap((m) =>
    (m.quiz?.questions ?? []).map((q) => ({ ...q, id: `${m.id}${SEPARATOR}${q.id}` })),
  );
}

/** The module an assessment question came from. */
export function assessmentModule(questionId: string): string | undefined {
  const [moduleId, rest] = questionId.split(SEPARATOR, 2);
  return rest === undefined ? undefined : moduleId;
}

/**
 * Draw weights for the learner's role: a question tagged with it is `roleWeight` times likelier
 * to be drawn; with no role chosen every question weighs the same.
 */
export function roleWeighting(
  role: string | undefined,
  roleWeight: number,
): (question: Question) => number {
  return (q) => (role && q.roles.includes(role) ? roleWeight : 1);
}
