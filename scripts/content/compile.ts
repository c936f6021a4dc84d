/**
 * The content compiler: reads `content/`, validates it, and produces the manifest and one
 * locale-resolved bundle per module × locale. Shared by the Vite plugin and `npm run content:check`.
 * Every problem is collected (not just the first) and reported with its file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import {
  courseSchema,
  helplinesSchema,
  indicatorsSchema,
  moduleSchema,
  quizSchema,
  referralSchema,
  scenarioSchema,
  sourcesSchema,
  type Localized,
} from '../../src/content/schema.ts';
import type {
  CourseText,
  HelpContent,
  IndicatorTaxonomy,
  Manifest,
  ManifestModule,
  ModuleContent,
  PracticePlace,
} from '../../src/content/types.ts';
import { ContentError, fromZod, type ContentProblem } from './errors.ts';
import { helpIn, perLocale, taxonomyIn } from './locale-outputs.ts';
import { parseLesson } from './markdown.ts';
import { checkQuiz, localizeQuestion } from './quiz.ts';
import { checkScenario, localizeScenario } from './scenario.ts';

export interface CoverageRow {
  module: string;
  locale: Locale;
  lessons: number;
  words: number;
  scenarios: number;
  questions: number;
}

export interface CompiledCourse {
  manifest: Manifest;
  text: Record<Locale, CourseText>;
  indicators: Record<Locale, IndicatorTaxonomy>;
  help: Record<Locale, HelpContent>;
  modules: Map<string, Record<Locale, ModuleContent>>;
  coverage: CoverageRow[];
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

const pick = (text: Localized, locale: Locale) => text[locale];

export async function compileCourse(contentDir: string): Promise<CompiledCourse> {
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const rel = (file: string) => path.relative(path.dirname(contentDir), file).split(path.sep).join('/');

  function read<T>(file: string, schema: z.ZodType<T>): T | undefined {
    files.push(file);
    if (!existsSync(file)) {
      problems.push({ file: rel(file), message: 'file is missing' });
      return undefined;
    }
    const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push({ file: rel(file), message: `YAML: ${e.message}` });
      return undefined;
    }
    const data: unknown = doc.toJS();
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      problems.push(...fromZod(rel(file), parsed.error, data));
      return undefined;
    }
    return parsed.data;
  }

  const courseFile = path.join(contentDir, 'course.yaml');
  const course = read(courseFile, courseSchema);
  const sources = read(path.join(contentDir, 'sources.yaml'), sourcesSchema) ?? [];
  const indicators = read(path.join(contentDir, 'indicators.yaml'), indicatorsSchema);
  const helplines = read(path.join(contentDir, 'helplines.yaml'), helplinesSchema) ?? [];
  const referral = read(path.join(contentDir, 'referral.yaml'), referralSchema);
  if (!course) throw new ContentError(problems);

  const sourceIds = new Set(sources.map((s) => s.id));
  const indicatorIds = new Set(indicators?.indicators.map((i) => i.id) ?? []);
  const roleIds = new Set(course.roles.map((r) => r.id));
  const groupIds = new Set(indicators?.groups.map((g) => g.id) ?? []);
  for (const [i, role] of course.roles.entries())
    for (const group of role.indicatorGroups)
      if (!groupIds.has(group))
        problems.push({ file: 'content/course.yaml', field: `roles[${i}](id: ${role.id}).indicatorGroups`, message: `indicator group "${group}" does not exist` });
  for (const [i, line] of helplines.entries())
    for (const id of line.sources)
      if (!sourceIds.has(id))
        problems.push({ file: 'content/helplines.yaml', field: `[${i}](number: ${line.number}).sources`, message: `source "${id}" does not exist` });
  if (indicators)
    for (const [i, ind] of indicators.indicators.entries())
      if (!indicators.groups.some((g) => g.id === ind.group))
        problems.push({
          file: 'content/indicators.yaml',
          field: `indicators[${i}](id: ${ind.id}).group`,
          message: `group "${ind.group}" is not defined under groups`,
        });

  const refCheck = (file: string, field: string, kind: string, ids: Iterable<string>, known: Set<string>) => {
    for (const id of ids)
      if (!known.has(id)) problems.push({ file, field, message: `${kind} "${id}" does not exist` });
  };

  const modulesDir = path.join(contentDir, 'modules');
  const folders = existsSync(modulesDir) ? readdirSync(modulesDir).sort() : [];
  const folderFor = (id: string) => folders.find((f) => f.replace(/^\d+-/, '') === id);
  for (const folder of folders)
    if (!course.modules.some((m) => folderFor(m.id) === folder))
      problems.push({ file: `content/modules/${folder}`, message: 'this module folder is not listed in course.yaml' });

  const manifestModules: ManifestModule[] = [];
  const practice: Record<string, PracticePlace[]> = {};
  const practise = (indicator: string, place: PracticePlace) => {
    const places = (practice[indicator] ??= []);
    if (!places.some((p) => p.kind === place.kind && p.moduleId === place.moduleId && p.id === place.id))
      places.push(place);
  };
  const text = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      {
        title: pick(course.title, l),
        tagline: pick(course.tagline, l),
        roles: Object.fromEntries(course.roles.map((r) => [r.id, pick(r.name, l)])),
        modules: {},
      } satisfies CourseText,
    ]),
  ) as Record<Locale, CourseText>;
  const compiled = new Map<string, Record<Locale, ModuleContent>>();
  const coverage: CoverageRow[] = [];

  for (const [index, entry] of course.modules.entries()) {
    const folder = folderFor(entry.id);
    if (entry.planned) {
      if (folder)
        problems.push({ file: 'content/course.yaml', field: `modules[${index}]`, message: `"${entry.id}" is marked planned but has a folder` });
      manifestModules.push({
        id: entry.id, number: index + 1, status: 'planned',
        minutes: entry.planned.minutes, roles: [], lessons: [], scenarios: [],
      });
      for (const l of LOCALES) text[l].modules[entry.id] = { title: pick(entry.planned.title, l), lessons: {}, scenarios: {} };
      continue;
    }
    if (!folder) {
      problems.push({ file: 'content/course.yaml', field: `modules[${index}](id: ${entry.id})`, message: `no folder content/modules/NN-${entry.id} and not marked planned` });
      continue;
    }
    const dir = path.join(modulesDir, folder);
    const moduleFile = path.join(dir, 'module.yaml');
    const mod = read(moduleFile, moduleSchema);
    if (!mod) continue;
    const modRel = rel(moduleFile);
    if (mod.id !== entry.id) problems.push({ file: modRel, field: 'id', message: `is "${mod.id}" but the folder and course.yaml say "${entry.id}"` });
    refCheck(modRel, 'roles', 'role', mod.roles, roleIds);
    refCheck(modRel, 'sources', 'source', mod.sources, sourceIds);

    const lessonIds = new Set(mod.lessons.map((l) => l.id));
    const lessonFiles = existsSync(path.join(dir, 'lessons')) ? readdirSync(path.join(dir, 'lessons')) : [];
    for (const f of lessonFiles) {
      const m = /^(.+)\.([a-z]{2})\.md$/.exec(f);
      if (!m || !lessonIds.has(m[1] as string) || !(LOCALES as readonly string[]).includes(m[2] as string))
        problems.push({ file: `${rel(dir)}/lessons/${f}`, message: 'not a lesson listed in module.yaml (expected <lesson-id>.<kk|ru|en>.md)' });
    }

    const quizFile = path.join(dir, 'quiz.yaml');
    const quiz = existsSync(quizFile) ? read(quizFile, quizSchema) : undefined;
    if (quiz)
      problems.push(
        ...checkQuiz(quiz, { file: rel(quizFile), lessons: lessonIds, indicators: indicatorIds, roles: roleIds }),
      );

    const scenarioDir = path.join(dir, 'scenarios');
    const scenarioFiles = existsSync(scenarioDir) ? readdirSync(scenarioDir) : [];
    for (const f of scenarioFiles)
      if (!mod.scenarios.includes(f.replace(/\.yaml$/, '')))
        problems.push({ file: `${rel(scenarioDir)}/${f}`, message: 'this scenario is not listed under scenarios in module.yaml' });
    const scenarios = mod.scenarios.flatMap((id) => {
      const file = path.join(scenarioDir, `${id}.yaml`);
      const s = read(file, scenarioSchema);
      if (!s) return [];
      problems.push(...checkScenario(s, { file: rel(file), id, roles: roleIds, indicators: indicatorIds }));
      return [s];
    });

    for (const q of quiz?.questions ?? [])
      for (const ind of [...q.indicators, ...(q.type === 'spot' ? q.phrases.flatMap((p) => p.indicator ?? []) : [])]) {
        practise(ind, { kind: 'lesson', moduleId: mod.id, id: q.lesson });
        practise(ind, { kind: 'quiz', moduleId: mod.id, id: 'quiz' });
      }
    for (const sc of scenarios)
      for (const node of sc.nodes)
        if (node.type === 'situation')
          for (const choice of node.choices)
            for (const ind of choice.indicators) practise(ind, { kind: 'scenario', moduleId: mod.id, id: sc.id });

    const perLocale = {} as Record<Locale, ModuleContent>;
    const sectionCounts = new Map<string, number>();
    for (const locale of LOCALES) {
      let words = 0;
      const lessons: ModuleContent['lessons'] = [];
      for (const lesson of mod.lessons) {
        const file = path.join(dir, 'lessons', `${lesson.id}.${locale}.md`);
        files.push(file);
        const fileRel = rel(file);
        if (!existsSync(file)) {
          problems.push({ file: fileRel, message: `missing: lesson "${lesson.id}" has no ${locale} text` });
          continue;
        }
        const parsed = await parseLesson(readFileSync(file, 'utf8'));
        for (const message of parsed.problems) problems.push({ file: fileRel, message });
        refCheck(fileRel, ':cite', 'source', parsed.citations, sourceIds);
        const expected = sectionCounts.get(lesson.id);
        if (expected === undefined) sectionCounts.set(lesson.id, parsed.sections.length);
        else if (expected !== parsed.sections.length)
          problems.push({ file: fileRel, message: `has ${parsed.sections.length} sections but the ${LOCALES[0]} version has ${expected}; every language needs the same sections` });
        words += parsed.words;
        lessons.push({ id: lesson.id, title: pick(lesson.title, locale), sections: parsed.sections, sources: parsed.citations });
      }
      perLocale[locale] = {
        id: mod.id,
        locale,
        title: pick(mod.title, locale),
        summary: pick(mod.summary, locale),
        objectives: mod.objectives.map((o) => pick(o, locale)),
        keyPoints: mod.keyPoints.map((o) => pick(o, locale)),
        lessons,
        scenarios: scenarios.map((s) => localizeScenario(s, locale)),
        ...(quiz
          ? { quiz: { draw: quiz.draw ?? quiz.questions.length, passMark: quiz.passMark, questions: quiz.questions.map((q) => localizeQuestion(q, locale)) } }
          : {}),
        sources: sources
          .filter((s) => mod.sources.includes(s.id) || lessons.some((l) => l.sources.includes(s.id)))
          .map((s) => ({ id: s.id, title: pick(s.title, locale), publisher: pick(s.publisher, locale), url: s.url, checked: toDate(s.checked) })),
        indicators: Object.fromEntries((indicators?.indicators ?? []).map((i) => [i.id, pick(i.name, locale)])),
      };
      coverage.push({ module: mod.id, locale, lessons: lessons.length, words, scenarios: scenarios.length, questions: quiz?.questions.length ?? 0 });
    }
    compiled.set(mod.id, perLocale);
    for (const l of LOCALES)
      text[l].modules[mod.id] = {
        title: pick(mod.title, l),
        summary: pick(mod.summary, l),
        lessons: Object.fromEntries(mod.lessons.map((x) => [x.id, pick(x.title, l)])),
        scenarios: Object.fromEntries(scenarios.map((x) => [x.id, pick(x.title, l)])),
      };
    manifestModules.push({
      id: mod.id,
      number: index + 1,
      status: 'ready',
      minutes: mod.minutes,
      roles: mod.roles,
      lessons: mod.lessons.map((l) => ({ id: l.id, minutes: l.minutes, sections: sectionCounts.get(l.id) ?? 0 })),
      scenarios: scenarios.map((s) => ({ id: s.id, roles: s.roles })),
      ...(quiz ? { quiz: { questions: quiz.questions.length, draw: quiz.draw ?? quiz.questions.length, passMark: quiz.passMark } } : {}),
    });
  }

  if (problems.length > 0) throw new ContentError(problems);
  return {
    manifest: { roles: course.roles.map((r) => r.id), assessment: course.assessment, modules: manifestModules },
    text,
    indicators: perLocale((l) => taxonomyIn(l, indicators, practice)),
    help: perLocale((l) => helpIn(l, { helplines, referral, sources, roles: course.roles, groups: [...groupIds] })),
    modules: compiled,
    coverage,
    files,
  };
}

function toDate(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}
