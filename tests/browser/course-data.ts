/** The compiled course, read on the Node side so tests can find correct answers and paths. */
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import type { Locale } from '../../src/content/locales';
import type { ManifestModule, ModuleContent, ScenarioContent } from '../../src/content/types';

const compiled = compileCourse(path.resolve(__dirname, '../../content'));

export async function moduleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  const content = (await compiled).modules.get(moduleId)?.[locale];
  if (!content) throw new Error(`No compiled module ${moduleId} in ${locale}`);
  return content;
}

/** A module's scenarios in one language, in module order, each read from its own chunk. */
export async function moduleScenarios(
  moduleId: string,
  locale: Locale,
): Promise<ScenarioContent[]> {
  const { modules, scenarios } = await compiled;
  return (modules.get(moduleId)?.[locale].scenarios ?? []).map((s) => {
    const chunk = scenarios.get(moduleId)?.get(s.id)?.[locale];
    if (!chunk) throw new Error(`No compiled scenario ${moduleId}/${s.id} in ${locale}`);
    return chunk.scenario;
  });
}

/** Every written module of the course, in course order (read from the content, never counted). */
export async function writtenModules(): Promise<ManifestModule[]> {
  return (await compiled).manifest.modules.filter((m) => m.status === 'ready');
}

/** The choice texts along the best-scoring path from the start to an ending rated good. */
export function bestPath(scenario: ScenarioContent): string[] {
  const search = (nodeId: string, seen: Set<string>): { score: number; texts: string[] } | null => {
    const node = scenario.nodes[nodeId];
    if (!node || seen.has(nodeId)) return null;
    if (node.type === 'ending') return node.rating === 'good' ? { score: 0, texts: [] } : null;
    let best: { score: number; texts: string[] } | null = null;
    for (const choice of node.choices) {
      const rest = search(choice.next, new Set([...seen, nodeId]));
      if (rest && (!best || rest.score + choice.score > best.score))
        best = { score: rest.score + choice.score, texts: [choice.text, ...rest.texts] };
    }
    return best;
  };
  const found = search(scenario.start, new Set());
  if (!found) throw new Error(`Scenario ${scenario.id} has no path to a good ending`);
  return found.texts;
}

/** One question of every type from a module's bank, in a fixed order. */
export function oneOfEachType(content: ModuleContent) {
  const types = [
    'single',
    'multiple',
    'true-false',
    'matching',
    'ordering',
    'categorise',
    'spot',
  ] as const;
  return types.map((type) => {
    const question = content.quiz?.questions.find((q) => q.type === type);
    if (!question) throw new Error(`Module ${content.id} has no ${type} question`);
    return question;
  });
}

/** Saved progress with a quiz attempt under way on the given questions (the app's own format). */
export function progressWithAttempt(moduleId: string, questionIds: string[]): string {
  return JSON.stringify({
    state: {
      lessons: {},
      quizzes: {
        [moduleId]: {
          attempt: { seed: 1, questionIds, answers: {}, startedAt: new Date().toISOString() },
          history: [],
        },
      },
      scenarios: {},
    },
    version: 2,
  });
}

export async function indicatorName(id: string, locale: Locale): Promise<string> {
  const groups = (await compiled).indicators[locale].groups;
  const found = groups.flatMap((g) => g.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`No indicator ${id}`);
  return found.name;
}

export async function helpContent(locale: Locale) {
  return (await compiled).help[locale];
}

export async function courseManifest() {
  return (await compiled).manifest;
}

/** The ids result QR codes index, and the course version (as the build has them). */
export async function courseCodebook() {
  return (await compiled).codebook;
}

export async function glossaryContent(locale: Locale) {
  return (await compiled).glossary[locale];
}
