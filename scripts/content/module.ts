/**
 * One written module: module.yaml, its lessons, quiz and scenarios read and checked, then resolved
 * into one content chunk per language, its entry in the manifest and its titles.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import {
  moduleSchema,
  quizSchema,
  scenarioSchema,
  type ModuleSource,
  type QuizSource,
  type ScenarioSource,
  type SourcesSource,
} from '../../src/content/schema.ts';
import type {
  CourseItem,
  CourseOutline,
  CourseText,
  ManifestModule,
  ModuleContent,
  ScenarioChunk,
} from '../../src/content/types.ts';
import { duplicateIds, unknownIds } from './ids.ts';
import { compileLessons, strayLessonFiles, type CompiledLessons } from './lessons.ts';
import { inLocale, perLocale } from './locale-outputs.ts';
import { checkQuiz, localizeQuestion } from './quiz.ts';
import type { ContentReader } from './read.ts';
import { checkScenario, localizeScenario } from './scenario.ts';

/** What every module is checked against: the course-wide ids and data. */
export interface CourseRefs {
  roles: ReadonlySet<string>;
  sources: SourcesSource;
  sourceIds: ReadonlySet<string>;
  indicatorIds: ReadonlySet<string>;
  /** Indicator names, in every language (each module chunk carries them). */
  indicatorNames: { id: string; name: Record<Locale, string>; description: Record<Locale, string> }[];
  /** Glossary terms by id: lessons may mark them, and a module chunk carries their meanings. */
  glossary: ReadonlyMap<string, { meaning: Record<Locale, string> }>;
}

export interface CoverageRow {
  module: string;
  locale: Locale;
  lessons: number;
  words: number;
  scenarios: number;
  questions: number;
}

export interface CompiledModule {
  manifest: ManifestModule;
  content: Record<Locale, ModuleContent>;
  /** Each scenario in its own chunk per language, by scenario id. */
  scenarios: Map<string, Record<Locale, ScenarioChunk>>;
  text: Record<Locale, CourseText['modules'][string]>;
  summary: Record<Locale, string>;
  outline: Record<Locale, CourseOutline['modules'][string]>;
  coverage: CoverageRow[];
  /**
   * Indicator id → the places in this module that practise it, and how: a lesson's checklist
   * teaches it, a question or scenario choice tests it, a question's lesson refers to it.
   */
  practice: [indicator: string, place: CourseItem, how: PracticeKind][];
}

export type PracticeKind = 'teaches' | 'tests' | 'refers';

const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

export async function compileModule(
  reader: ContentReader,
  dir: string,
  expected: { id: string; number: number; core: boolean },
  refs: CourseRefs,
): Promise<CompiledModule | undefined> {
  const moduleFile = path.join(dir, 'module.yaml');
  const mod = reader.yaml(moduleFile, moduleSchema);
  if (!mod) return undefined;
  checkModule(reader, reader.rel(moduleFile), mod, expected.id, refs);
  strayLessonFiles(reader, dir, listDir(path.join(dir, 'lessons')), mod);

  const quizFile = path.join(dir, 'quiz.yaml');
  const quiz = existsSync(quizFile) ? reader.yaml(quizFile, quizSchema) : undefined;
  if (quiz)
    reader.problems.push(
      ...checkQuiz(quiz, {
        file: reader.rel(quizFile),
        lessons: new Set(mod.lessons.map((l) => l.id)),
        indicators: new Set(refs.indicatorIds),
        roles: new Set(refs.roles),
      }),
    );
  const scenarios = readScenarios(reader, path.join(dir, 'scenarios'), mod, refs);
  const lessons = await compileLessons(reader, dir, mod, refs.sourceIds, refs.indicatorNames, new Set(refs.glossary.keys()));

  return {
    manifest: manifestEntry(mod, expected, lessons, scenarios, quiz),
    content: Object.fromEntries(
      LOCALES.map((l) => [l, moduleIn(l, { mod, lessons, scenarios, quiz, refs })]),
    ) as Record<Locale, ModuleContent>,
    scenarios: new Map(
      scenarios.map((s) => [s.id, perLocale((l) => scenarioIn(l, mod.id, s, refs))]),
    ),
    text: perLocale((l) => ({ title: mod.title[l] })),
    summary: perLocale((l) => mod.summary[l]),
    outline: perLocale((l) => ({
      lessons: Object.fromEntries(mod.lessons.map((x) => [x.id, x.title[l]])),
      scenarios: Object.fromEntries(scenarios.map((x) => [x.id, x.title[l]])),
    })),
    coverage: LOCALES.map((locale) => ({
      module: mod.id,
      locale,
      lessons: lessons.byLocale[locale].lessons.length,
      words: lessons.byLocale[locale].words,
      scenarios: scenarios.length,
      questions: quiz?.questions.length ?? 0,
    })),
    practice: practicePlaces(mod.id, lessons, quiz, scenarios),
  };
}

function checkModule(reader: ContentReader, file: string, mod: ModuleSource, id: string, refs: CourseRefs) {
  if (mod.id !== id)
    reader.problems.push({ file, field: 'id', message: `is "${mod.id}" but the folder and course.yaml say "${id}"` });
  reader.problems.push(
    ...unknownIds(file, 'roles', 'role', mod.roles, refs.roles),
    ...unknownIds(file, 'sources', 'source', mod.sources, refs.sourceIds),
    ...duplicateIds(file, 'lessons', 'lesson', mod.lessons.map((l) => l.id)),
    ...duplicateIds(file, 'scenarios', 'scenario', mod.scenarios),
  );
}

function readScenarios(reader: ContentReader, dir: string, mod: ModuleSource, refs: CourseRefs) {
  for (const f of listDir(dir))
    if (!mod.scenarios.includes(f.replace(/\.yaml$/, '')))
      reader.problems.push({
        file: `${reader.rel(dir)}/${f}`,
        message: 'this scenario is not listed under scenarios in module.yaml',
      });
  return mod.scenarios.flatMap((id) => {
    const file = path.join(dir, `${id}.yaml`);
    const s = reader.yaml(file, scenarioSchema);
    if (!s) return [];
    reader.problems.push(
      ...checkScenario(s, {
        file: reader.rel(file),
        id,
        roles: new Set(refs.roles),
        indicators: new Set(refs.indicatorIds),
      }),
    );
    return [s];
  });
}

/** Where each indicator is practised: the lesson and quiz of each question, and scenarios. */
function practicePlaces(
  moduleId: string,
  lessons: CompiledLessons,
  quiz: QuizSource | undefined,
  scenarios: ScenarioSource[],
): CompiledModule['practice'] {
  const places: CompiledModule['practice'] = [];
  for (const [lesson, ids] of lessons.teaches)
    for (const ind of ids) places.push([ind, { kind: 'lesson', moduleId, id: lesson }, 'teaches']);
  for (const q of quiz?.questions ?? [])
    for (const ind of [...q.indicators, ...(q.type === 'spot' ? q.phrases.flatMap((p) => p.indicator ?? []) : [])]) {
      places.push([ind, { kind: 'lesson', moduleId, id: q.lesson }, 'refers']);
      places.push([ind, { kind: 'quiz', moduleId, id: 'quiz' }, 'tests']);
    }
  for (const sc of scenarios)
    for (const node of sc.nodes)
      if (node.type === 'situation')
        for (const choice of node.choices)
          for (const ind of choice.indicators) places.push([ind, { kind: 'scenario', moduleId, id: sc.id }, 'tests']);
  return places;
}

function manifestEntry(
  mod: ModuleSource,
  { number, core }: { number: number; core: boolean },
  lessons: CompiledLessons,
  scenarios: ScenarioSource[],
  quiz: QuizSource | undefined,
): ManifestModule {
  return {
    id: mod.id,
    number,
    status: 'ready',
    core,
    minutes: mod.minutes,
    roles: mod.roles,
    lessons: mod.lessons.map((l) => ({ id: l.id, minutes: l.minutes, sections: lessons.sections.get(l.id) ?? 0 })),
    scenarios: scenarios.map((s) => ({ id: s.id, roles: s.roles })),
    ...(quiz ? { quiz: quizSummary(quiz) } : {}),
  };
}

const quizSummary = (quiz: QuizSource) => ({
  questions: quiz.questions.length,
  draw: quiz.draw ?? quiz.questions.length,
  passMark: quiz.passMark,
});

interface ModuleParts {
  mod: ModuleSource;
  lessons: CompiledLessons;
  scenarios: ScenarioSource[];
  quiz: QuizSource | undefined;
  refs: CourseRefs;
}

/** The module's content chunk in one language. */
function moduleIn(locale: Locale, { mod, lessons, scenarios, quiz, refs }: ModuleParts): ModuleContent {
  const { lessons: localLessons, terms } = lessons.byLocale[locale];
  const cited = (id: string) => mod.sources.includes(id) || localLessons.some((l) => l.sources.includes(id));
  return {
    id: mod.id,
    locale,
    title: mod.title[locale],
    summary: mod.summary[locale],
    objectives: mod.objectives.map((o) => o[locale]),
    keyPoints: mod.keyPoints.map((o) => o[locale]),
    lessons: localLessons,
    scenarios: scenarios.map((s) => ({ id: s.id, title: s.title[locale], summary: s.summary[locale] })),
    ...(quiz
      ? {
          quiz: {
            draw: quiz.draw ?? quiz.questions.length,
            passMark: quiz.passMark,
            questions: quiz.questions.map((q) => localizeQuestion(q, locale)),
          },
        }
      : {}),
    sources: inLocale(refs.sources.filter((s) => cited(s.id)), locale),
    indicators: Object.fromEntries(refs.indicatorNames.map((i) => [i.id, i.name[locale]])),
    terms: Object.fromEntries(
      terms.flatMap((id) => {
        const entry = refs.glossary.get(id);
        return entry ? [[id, entry.meaning[locale]]] : [];
      }),
    ),
  };
}

/** One scenario's chunk in one language, with the names of the indicators it tags. */
function scenarioIn(locale: Locale, moduleId: string, s: ScenarioSource, refs: CourseRefs): ScenarioChunk {
  const tagged = new Set(
    s.nodes.flatMap((n) => (n.type === 'situation' ? n.choices.flatMap((c) => c.indicators) : [])),
  );
  return {
    moduleId,
    locale,
    scenario: localizeScenario(s, locale),
    indicators: Object.fromEntries(
      refs.indicatorNames.filter((i) => tagged.has(i.id)).map((i) => [i.id, i.name[locale]]),
    ),
  };
}
