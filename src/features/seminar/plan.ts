/**
 * A seminar's session plan: sessions of lessons, scenarios and quizzes, each with the minutes the
 * trainer gives it. Pure: building the ready-made two-day plan from the course, checking a plan
 * read back from the device or from a file, and the timings an agenda prints.
 */
import type { Manifest, ManifestModule } from '@/content/types';
import { readKindOfFile } from '@/lib/file-kind';
import { isPlan, type Plan, type PlanItem } from '@/stores/seminar-store';

export type { Plan, PlanItem };
export type PlanSession = Plan['sessions'][number];

export const PLAN_FILE_KIND = 'qorgau-seminar-plan';
export const MAX_PLAN_FILE_BYTES = 256 * 1024;
const MAX_ITEMS = 200;
const MAX_MINUTES = 600;

/**
 * The themes of the seminars the course grew from (CONTENT-FACTS F21: risk reduction, recognising
 * cases, legal assistance, rehabilitation and reintegration) and of co-operation between agencies,
 * as eight sessions over two days, each filled from the modules that teach it.
 */
export const READY_MADE_SESSIONS: readonly {
  theme: string;
  modules: readonly string[];
  day: 1 | 2;
}[] = [
  { theme: 'what-it-is', modules: ['what-is-trafficking'], day: 1 },
  {
    theme: 'situation-and-law',
    modules: ['situation-in-kazakhstan', 'law-and-institutions'],
    day: 1,
  },
  { theme: 'risk-reduction', modules: ['vulnerability-and-risk'], day: 1 },
  { theme: 'recruitment', modules: ['recruitment'], day: 1 },
  { theme: 'recognising-cases', modules: ['recognising-cases'], day: 2 },
  { theme: 'first-contact', modules: ['first-contact'], day: 2 },
  { theme: 'co-operation', modules: ['referral-and-cooperation'], day: 2 },
  { theme: 'assistance', modules: ['assistance-and-reintegration'], day: 2 },
];

/** Minutes a seminar gives a scenario (discussion and votes) and a quiz question shown to the room. */
const SCENARIO_MINUTES = 25;
const QUIZ_MINUTES = 15;

/**
 * A module's parts as plan items with the minutes a seminar gives them: every lesson, or only the
 * first (the ready-made plan leaves the rest to self-study), then its cases and its quiz.
 */
export function moduleItems(m: ManifestModule, lessons: 'all' | 'first-lesson'): PlanItem[] {
  return [
    ...(lessons === 'all' ? m.lessons : m.lessons.slice(0, 1)).map((l) => ({
      kind: 'lesson' as const,
      moduleId: m.id,
      id: l.id,
      minutes: l.minutes,
    })),
    ...m.scenarios.map((s) => ({
      kind: 'scenario' as const,
      moduleId: m.id,
      id: s.id,
      minutes: SCENARIO_MINUTES,
    })),
    ...(m.quiz
      ? [{ kind: 'quiz' as const, moduleId: m.id, id: 'quiz', minutes: QUIZ_MINUTES }]
      : []),
  ];
}

/** The ready-made plan, with the modules that are written today (planned ones are left out). */
export function readyMadePlan(manifest: Manifest): Plan {
  const ready = new Map(manifest.modules.filter((m) => m.status === 'ready').map((m) => [m.id, m]));
  return {
    sessions: READY_MADE_SESSIONS.map(({ theme, modules }) => ({
      title: '',
      theme,
      items: modules.flatMap((id) => {
        const m = ready.get(id);
        return m ? moduleItems(m, 'first-lesson') : [];
      }),
    })).filter((s) => s.items.length > 0),
  };
}

/** Whether an item names something the course has. */
export function itemExists(manifest: Manifest, item: PlanItem): boolean {
  const m = manifest.modules.find((x) => x.id === item.moduleId && x.status === 'ready');
  if (!m) return false;
  if (item.kind === 'quiz') return item.id === 'quiz' && Boolean(m.quiz);
  if (item.kind === 'lesson') return m.lessons.some((l) => l.id === item.id);
  return m.scenarios.some((s) => s.id === item.id);
}

export type PlanProblem = 'not-json' | 'not-a-plan' | 'too-large' | 'unknown-items' | 'too-long';

/**
 * Checks a plan from outside (a file, or the device): its shape, its size, and that every item
 * exists in this course. Returns the plan or the reason it was refused.
 */
export function checkPlan(
  manifest: Manifest,
  data: unknown,
): { ok: true; plan: Plan } | { ok: false; problem: PlanProblem } {
  if (!isPlan(data)) return { ok: false, problem: 'not-a-plan' };
  const plan = data as Plan;
  const items = plan.sessions.flatMap((s) => s.items);
  if (items.length > MAX_ITEMS || plan.sessions.some((s) => s.title.length > 120))
    return { ok: false, problem: 'too-long' };
  if (items.some((i) => i.minutes > MAX_MINUTES)) return { ok: false, problem: 'too-long' };
  if (!items.every((i) => itemExists(manifest, i))) return { ok: false, problem: 'unknown-items' };
  return { ok: true, plan };
}

export function planFile(plan: Plan): string {
  return JSON.stringify({ kind: PLAN_FILE_KIND, version: 1, plan }, null, 2);
}

export function readPlanFile(
  manifest: Manifest,
  text: string,
): { ok: true; plan: Plan } | { ok: false; problem: PlanProblem } {
  const read = readKindOfFile(text, PLAN_FILE_KIND, MAX_PLAN_FILE_BYTES);
  if (!read.ok)
    return { ok: false, problem: read.problem === 'other-kind' ? 'not-a-plan' : read.problem };
  const file = read.file;
  if (!Object.hasOwn(file, 'plan')) return { ok: false, problem: 'not-a-plan' };
  return checkPlan(manifest, file.plan);
}

/** Every item of the plan in order, as the run steps through them. */
export const planItems = (plan: Plan): PlanItem[] => plan.sessions.flatMap((s) => s.items);

/** Start and end minute of each session from the start of the day, for the printed agenda. */
export function timings(plan: Plan): { start: number; end: number }[] {
  let at = 0;
  return plan.sessions.map((s) => {
    const start = at;
    at += s.items.reduce((sum, i) => sum + i.minutes, 0);
    return { start, end: at };
  });
}
