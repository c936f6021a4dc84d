/**
 * The content compiler: reads `content/`, validates it, and produces the manifest and one
 * locale-resolved bundle per module × locale. Shared by the Vite plugin and `npm run content:check`.
 * Every problem is collected (not just the first) and reported with its file and field.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import {
  courseSchema,
  glossarySchema,
  helplinesSchema,
  indicatorsSchema,
  referralSchema,
  sourcesSchema,
  type CourseSource,
} from '../../src/content/schema.ts';
import type {
  CourseItem,
  CourseOutline,
  CourseText,
  GlossaryContent,
  HelpContent,
  IndicatorTaxonomy,
  Codebook,
  Manifest,
  ManifestModule,
  ModuleContent,
  ScenarioChunk,
} from '../../src/content/types.ts';
import { codebookProblems, courseCodebook } from './codebook.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { duplicateIds, unknownIds } from './ids.ts';
import { glossaryIn, helpIn, perLocale, taxonomyIn } from './locale-outputs.ts';
import { compileModule, type CourseRefs, type CoverageRow, type PracticeKind } from './module.ts';
import { contentReader, type ContentReader } from './read.ts';

export type { CoverageRow };

/** One indicator: the lessons whose checklists teach it, the questions and scenarios that test it. */
export interface IndicatorCoverage {
  id: string;
  group: string;
  taught: CourseItem[];
  tested: CourseItem[];
}

export interface CompiledCourse {
  manifest: Manifest;
  text: Record<Locale, CourseText>;
  outline: Record<Locale, CourseOutline>;
  indicators: Record<Locale, IndicatorTaxonomy>;
  help: Record<Locale, HelpContent>;
  glossary: Record<Locale, GlossaryContent>;
  modules: Map<string, Record<Locale, ModuleContent>>;
  /** Each scenario's chunk per language, by module id, then scenario id. */
  scenarios: Map<string, Map<string, Record<Locale, ScenarioChunk>>>;
  coverage: CoverageRow[];
  /** Every indicator of the taxonomy with the places that teach and test it. */
  indicatorCoverage: IndicatorCoverage[];
  /** The ids result QR codes index, and the course version they carry. */
  codebook: Codebook;
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

export async function compileCourse(contentDir: string): Promise<CompiledCourse> {
  const reader = contentReader((file) =>
    path.relative(path.dirname(contentDir), file).split(path.sep).join('/'),
  );
  const shared = readShared(reader, contentDir);
  const { course } = shared;
  if (!course) throw new ContentError(reader.problems);
  reader.problems.push(...checkShared(shared, course));
  const refs: CourseRefs = {
    roles: new Set(course.roles.map((r) => r.id)),
    sources: shared.sources,
    sourceIds: new Set(shared.sources.map((s) => s.id)),
    indicatorIds: new Set(shared.indicators?.indicators.map((i) => i.id) ?? []),
    indicatorNames: shared.indicators?.indicators ?? [],
    glossary: new Map(shared.glossary.map((g) => [g.id, g])),
  };

  const modulesDir = path.join(contentDir, 'modules');
  const folders = existsSync(modulesDir) ? readdirSync(modulesDir).sort() : [];
  const folderFor = (id: string) => folders.find((f) => f.replace(/^\d+-/, '') === id);
  for (const folder of folders)
    if (!course.modules.some((m) => folderFor(m.id) === folder))
      reader.problems.push({ file: `content/modules/${folder}`, message: 'this module folder is not listed in course.yaml' });

  const text = perLocale((l) => courseText(course, l));
  const outline = perLocale<CourseOutline>((l) => ({
    roles: Object.fromEntries(course.roles.map((r) => [r.id, r.name[l]])),
    modules: {},
    summaries: {},
  }));
  const manifestModules: ManifestModule[] = [];
  const modules = new Map<string, Record<Locale, ModuleContent>>();
  const scenarios = new Map<string, Map<string, Record<Locale, ScenarioChunk>>>();
  const coverage: CoverageRow[] = [];
  const practice = new PracticeIndex();

  for (const [index, entry] of course.modules.entries()) {
    const folder = folderFor(entry.id);
    if (entry.planned) {
      if (folder)
        reader.problems.push({ file: 'content/course.yaml', field: `modules[${index}]`, message: `"${entry.id}" is marked planned but has a folder` });
      manifestModules.push({
        id: entry.id, number: index + 1, status: 'planned', core: entry.core,
        minutes: entry.planned.minutes, roles: [], lessons: [], scenarios: [],
      });
      for (const l of LOCALES) {
        text[l].modules[entry.id] = { title: entry.planned.title[l] };
        outline[l].modules[entry.id] = { lessons: {}, scenarios: {} };
      }
      continue;
    }
    if (!folder) {
      reader.problems.push({ file: 'content/course.yaml', field: `modules[${index}](id: ${entry.id})`, message: `no folder content/modules/NN-${entry.id} and not marked planned` });
      continue;
    }
    const compiled = await compileModule(reader, path.join(modulesDir, folder), { id: entry.id, number: index + 1, core: entry.core }, refs);
    if (!compiled) continue;
    manifestModules.push(compiled.manifest);
    modules.set(compiled.manifest.id, compiled.content);
    scenarios.set(compiled.manifest.id, compiled.scenarios);
    coverage.push(...compiled.coverage);
    for (const l of LOCALES) {
      text[l].modules[compiled.manifest.id] = compiled.text[l];
      outline[l].modules[compiled.manifest.id] = compiled.outline[l];
      outline[l].summaries[compiled.manifest.id] = compiled.summary[l];
    }
    for (const [indicator, place, how] of compiled.practice) practice.add(indicator, place, how);
  }

  const codebook = courseCodebook(shared.indicators?.indicators.map((i) => i.id) ?? [], modules, scenarios);
  reader.problems.push(...codebookProblems(codebook));
  if (reader.problems.length > 0) throw new ContentError(reader.problems);
  const groups = shared.indicators?.groups.map((g) => g.id) ?? [];
  return {
    manifest: { roles: course.roles.map((r) => r.id), assessment: course.assessment, modules: manifestModules },
    text,
    outline,
    indicators: perLocale((l) => taxonomyIn(l, shared.indicators, practice.places)),
    help: perLocale((l) =>
      helpIn(l, { helplines: shared.helplines, referral: shared.referral, sources: shared.sources, roles: course.roles, groups }),
    ),
    glossary: perLocale((l) => glossaryIn(l, shared.glossary, shared.sources)),
    modules,
    scenarios,
    coverage,
    indicatorCoverage: (shared.indicators?.indicators ?? []).map((i) => ({
      id: i.id,
      group: i.group,
      taught: practice.taught.get(i.id) ?? [],
      tested: practice.tested.get(i.id) ?? [],
    })),
    codebook,
    files: reader.files,
  };
}

/** The course-wide files. */
function readShared(reader: ContentReader, contentDir: string) {
  const file = (name: string) => path.join(contentDir, name);
  return {
    course: reader.yaml(file('course.yaml'), courseSchema),
    sources: reader.yaml(file('sources.yaml'), sourcesSchema) ?? [],
    indicators: reader.yaml(file('indicators.yaml'), indicatorsSchema),
    helplines: reader.yaml(file('helplines.yaml'), helplinesSchema) ?? [],
    referral: reader.yaml(file('referral.yaml'), referralSchema),
    glossary: reader.yaml(file('glossary.yaml'), glossarySchema) ?? [],
  };
}

/** Ids in the course-wide files: unique, and every reference between them resolves. */
function checkShared(shared: ReturnType<typeof readShared>, course: CourseSource): ContentProblem[] {
  const { sources, indicators, helplines, glossary } = shared;
  const groupIds = new Set(indicators?.groups.map((g) => g.id) ?? []);
  const sourceIds = new Set(sources.map((s) => s.id));
  return [
    ...duplicateIds('content/course.yaml', 'roles', 'role', course.roles.map((r) => r.id)),
    ...duplicateIds('content/course.yaml', 'modules', 'module', course.modules.map((m) => m.id)),
    ...duplicateIds('content/sources.yaml', '', 'source', sources.map((s) => s.id)),
    ...duplicateIds('content/glossary.yaml', '', 'glossary term', glossary.map((g) => g.id)),
    ...glossary.flatMap((entry, i) =>
      unknownIds('content/glossary.yaml', `[${i}](id: ${entry.id}).sources`, 'source', entry.sources, sourceIds),
    ),
    ...duplicateIds('content/indicators.yaml', 'groups', 'group', indicators?.groups.map((g) => g.id) ?? []),
    ...duplicateIds('content/indicators.yaml', 'indicators', 'indicator', indicators?.indicators.map((i) => i.id) ?? []),
    ...course.roles.flatMap((role, i) =>
      unknownIds('content/course.yaml', `roles[${i}](id: ${role.id}).indicatorGroups`, 'indicator group', role.indicatorGroups, groupIds),
    ),
    ...helplines.flatMap((line, i) =>
      line.regional
        ? regionalProblems(line.regional.checked, `[${i}](number: ${line.number}).regional.checked`)
        : unknownIds('content/helplines.yaml', `[${i}](number: ${line.number}).sources`, 'source', line.sources ?? [], sourceIds),
    ),
    ...(indicators?.indicators ?? []).flatMap((ind, i) =>
      groupIds.has(ind.group)
        ? []
        : [{ file: 'content/indicators.yaml', field: `indicators[${i}](id: ${ind.id}).group`, message: `group "${ind.group}" is not defined under groups` }],
    ),
  ];
}

/**
 * A regional contact's check date must be a real day and not in the future: it tells the learner
 * how fresh the number is.
 */
function regionalProblems(checked: Date | string, field: string): ContentProblem[] {
  const day = checked instanceof Date ? checked : new Date(`${checked}T00:00:00Z`);
  if (Number.isNaN(day.getTime()))
    return [{ file: 'content/helplines.yaml', field, message: 'is not a date (write YYYY-MM-DD)' }];
  if (day.getTime() > Date.now())
    return [{ file: 'content/helplines.yaml', field, message: `${day.toISOString().slice(0, 10)} is in the future` }];
  return [];
}

/** What the course home shows in one language; each module adds its own as it is compiled. */
function courseText(course: CourseSource, locale: Locale): CourseText {
  return { title: course.title[locale], tagline: course.tagline[locale], modules: {} };
}

/** Indicator id → the distinct places that practise it, in course order. */
class PracticeIndex {
  readonly places: Record<string, CourseItem[]> = Object.create(null) as Record<string, CourseItem[]>;
  readonly taught = new Map<string, CourseItem[]>();
  readonly tested = new Map<string, CourseItem[]>();

  add(indicator: string, place: CourseItem, how: PracticeKind) {
    if (how !== 'refers') {
      const by = how === 'teaches' ? this.taught : this.tested;
      by.set(indicator, [...(by.get(indicator) ?? []), place]);
    }
    const list = (this.places[indicator] ??= []);
    if (!list.some((p) => p.kind === place.kind && p.moduleId === place.moduleId && p.id === place.id))
      list.push(place);
  }
}
