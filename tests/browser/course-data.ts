/** The compiled course, read on the Node side so tests can find correct answers and paths. */
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import type { Locale } from '../../src/content/locales';
import type { ModuleContent, ScenarioContent } from '../../src/content/types';

const compiled = compileCourse(path.resolve(__dirname, '../../content'));

export async function moduleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  const content = (await compiled).modules.get(moduleId)?.[locale];
  if (!content) throw new Error(`No compiled module ${moduleId} in ${locale}`);
  return content;
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
