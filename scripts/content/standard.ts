/**
 * The standard every written module is held to (issue 9, "to the standard of Module 1"), checked on
 * the compiled course: the compiler has already proved the content is well formed, so these rules
 * only count. Pure: takes the manifest and the per-locale modules, returns a report per module.
 */
import { LOCALES, type Locale } from '../../src/content/locales.ts';
import type {
  Manifest,
  ManifestModule,
  ModuleContent,
  RichNode,
  ScenarioChunk,
  ScenarioContent,
} from '../../src/content/types.ts';

/** A module in one language with its scenarios joined in from their own chunks. */
export type WrittenModule = Omit<ModuleContent, 'scenarios'> & { scenarios: ScenarioContent[] };

export const STANDARD = {
  lessons: 3,
  wordsPerLesson: 400,
  scenarios: 2,
  decisionPoints: 4,
  questions: 10,
  questionTypes: 4,
} as const;

/** One module's counts in one language. */
export interface LocaleCounts {
  locale: Locale;
  lessons: number;
  /** Words in the shortest lesson (0 without lessons). */
  minWords: number;
  scenarios: number;
  /** The fewest decision points on any path through any of the scenarios (0 without scenarios). */
  minDecisions: number;
  questions: number;
  questionTypes: number;
}

export interface ModuleReport {
  id: string;
  number: number;
  status: 'planned' | 'complete' | 'incomplete';
  counts: LocaleCounts[];
  /** Why the module is incomplete, each naming the item and the languages it is true of. */
  problems: string[];
}

/** Counts words the way the compiler counts Markdown: any run of text with a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function richText(node: RichNode): string {
  if (typeof node === 'string') return node;
  const [, , ...children] = node;
  return children.map(richText).join(' ');
}

export function lessonWords(lesson: ModuleContent['lessons'][number]): number {
  return lesson.sections.reduce(
    (sum, s) => sum + countWords(s.heading) + countWords(s.body.map(richText).join(' ')),
    0,
  );
}

/**
 * The fewest decision points (situations passed) on any path from the start to an ending.
 * Breadth first, so loops cost nothing; Infinity if no ending can be reached.
 */
export function minDecisionPoints(scenario: ScenarioContent): number {
  const passed = new Map<string, number>([[scenario.start, 0]]);
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = scenario.nodes[id];
    const depth = passed.get(id) ?? 0;
    if (!node) continue;
    if (node.type === 'ending') return depth;
    for (const choice of node.choices)
      if (!passed.has(choice.next)) {
        passed.set(choice.next, depth + 1);
        queue.push(choice.next);
      }
  }
  return Infinity;
}

/** The standard's rules for one scenario in one language; each returned string is one problem. */
export function scenarioProblems(scenario: ScenarioContent, roles: readonly string[]): string[] {
  const problems: string[] = [];
  const where = `scenario "${scenario.id}"`;
  const nodes = Object.values(scenario.nodes);
  const situations = nodes.flatMap((n) => (n.type === 'situation' ? [n] : []));
  const endings = nodes.flatMap((n) => (n.type === 'ending' ? [n] : []));
  if (roles.length === 0) problems.push(`${where} is written for no role`);
  const decisions = minDecisionPoints(scenario);
  if (decisions < STANDARD.decisionPoints)
    problems.push(
      `${where}: a path reaches an ending after ${decisions} decision point${decisions === 1 ? '' : 's'} (every path needs ${STANDARD.decisionPoints})`,
    );
  if (!situations.some((n) => n.dialogue.length > 0)) problems.push(`${where} has no dialogue`);
  if (!situations.some((n) => n.choices.some((c) => c.indicators.length > 0)))
    problems.push(`${where} has no choice tagged with an indicator`);
  const ratings = new Set(endings.map((n) => n.rating));
  const unrated = endings.filter((n) => !['good', 'acceptable', 'harmful'].includes(n.rating));
  if (unrated.length > 0)
    problems.push(`${where}: endings ${unrated.map((n) => n.id).join(', ')} are not rated`);
  if (!ratings.has('good')) problems.push(`${where} has no ending rated good`);
  if (!ratings.has('harmful') && !ratings.has('acceptable'))
    problems.push(`${where} has no ending rated harmful or acceptable`);
  if (scenario.discussion.filter((d) => d.trim()).length === 0)
    problems.push(`${where} has no discussion question`);
  const noNote = nodes.filter((n) => !n.facilitator?.trim());
  if (noNote.length > 0)
    problems.push(
      `${where}: ${noNote.length} of ${nodes.length} nodes have no facilitator note (${noNote.map((n) => n.id).join(', ')})`,
    );
  return problems;
}

const least = (values: number[]) => (values.length ? Math.min(...values) : 0);

function countsIn(locale: Locale, content: WrittenModule): LocaleCounts {
  const questions = content.quiz?.questions ?? [];
  return {
    locale,
    lessons: content.lessons.length,
    minWords: least(content.lessons.map(lessonWords)),
    scenarios: content.scenarios.length,
    minDecisions: least(content.scenarios.map(minDecisionPoints)),
    questions: questions.length,
    questionTypes: new Set(questions.map((q) => q.type)).size,
  };
}

/** Every rule of the standard for one module in one language. */
function localeProblems(module: ManifestModule, content: WrittenModule): string[] {
  const problems: string[] = [];
  const counts = countsIn(content.locale, content);
  const present = (items: readonly string[]) => items.filter((s) => s.trim()).length > 0;
  if (!present(content.objectives)) problems.push('no objectives');
  if (!(module.minutes > 0)) problems.push('no estimated time (minutes)');
  if (module.roles.length === 0) problems.push('no roles');
  if (!present(content.keyPoints)) problems.push('no key points for the handout');
  if (content.sources.length === 0) problems.push('no sources');
  if (counts.lessons < STANDARD.lessons)
    problems.push(`${counts.lessons} lessons (needs ${STANDARD.lessons})`);
  for (const lesson of content.lessons) {
    const words = lessonWords(lesson);
    if (words < STANDARD.wordsPerLesson)
      problems.push(
        `lesson "${lesson.id}" has ${words} words (needs ${STANDARD.wordsPerLesson})`,
      );
  }
  if (counts.scenarios < STANDARD.scenarios)
    problems.push(`${counts.scenarios} scenario${counts.scenarios === 1 ? '' : 's'} (needs ${STANDARD.scenarios})`);
  for (const scenario of content.scenarios)
    problems.push(
      ...scenarioProblems(scenario, module.scenarios.find((s) => s.id === scenario.id)?.roles ?? []),
    );
  if (counts.questions < STANDARD.questions)
    problems.push(`${counts.questions} questions (needs ${STANDARD.questions})`);
  if (counts.questionTypes < STANDARD.questionTypes)
    problems.push(`${counts.questionTypes} question types (needs ${STANDARD.questionTypes})`);
  return problems;
}

/**
 * Holds one module to the standard in every course language. The same problem in several
 * languages is reported once, naming the languages.
 */
export function checkModule(
  module: ManifestModule,
  content: Partial<Record<Locale, WrittenModule>> | undefined,
  locales: readonly Locale[] = LOCALES,
): ModuleReport {
  if (module.status === 'planned')
    return { id: module.id, number: module.number, status: 'planned', counts: [], problems: [] };
  const byProblem = new Map<string, Locale[]>();
  const counts: LocaleCounts[] = [];
  for (const locale of locales) {
    const inLocale = content?.[locale];
    const found = inLocale ? localeProblems(module, inLocale) : ['no content in this language'];
    if (inLocale) counts.push(countsIn(locale, inLocale));
    for (const problem of found) byProblem.set(problem, [...(byProblem.get(problem) ?? []), locale]);
  }
  const problems = [...byProblem].map(([problem, where]) => `${where.join(', ')}: ${problem}`);
  const status = problems.length ? 'incomplete' : 'complete';
  return { id: module.id, number: module.number, status, counts, problems };
}

/** The whole course, module by module in course order, planned modules included. */
export function checkCourse(course: {
  manifest: Manifest;
  modules: Map<string, Partial<Record<Locale, ModuleContent>>>;
  scenarios: Map<string, Map<string, Partial<Record<Locale, ScenarioChunk>>>>;
}): ModuleReport[] {
  return course.manifest.modules.map((m) => {
    const chunks = course.modules.get(m.id);
    if (!chunks) return checkModule(m, undefined);
    const written: Partial<Record<Locale, WrittenModule>> = {};
    for (const locale of LOCALES) {
      const content = chunks[locale];
      if (!content) continue;
      // A scenario missing from its own chunks in a language is left out, so it counts short.
      const scenarios = content.scenarios.flatMap((s) => {
        const chunk = course.scenarios.get(m.id)?.get(s.id)?.[locale];
        return chunk ? [chunk.scenario] : [];
      });
      written[locale] = { ...content, scenarios };
    }
    return checkModule(m, written);
  });
}
