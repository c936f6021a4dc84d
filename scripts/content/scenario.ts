/** Checks a scenario beyond its schema, and resolves it to one language. */
import type { Locale } from '../../src/content/locales.ts';
import { validateScenarioGraph } from '../../src/content/scenario-graph.ts';
import type { ScenarioSource } from '../../src/content/schema.ts';
import type { ScenarioContent, ScenarioNode } from '../../src/content/types.ts';
import type { ContentProblem } from './errors.ts';
import { duplicateIds } from './ids.ts';
import { inLocale, paragraphs } from './locale-outputs.ts';

export function checkScenario(
  s: ScenarioSource,
  refs: { file: string; id: string; roles: Set<string>; indicators: Set<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: refs.file, field, message });
  if (s.id !== refs.id) add('id', `is "${s.id}" but the file name says "${refs.id}"`);
  for (const role of s.roles) if (!refs.roles.has(role)) add('roles', `role "${role}" does not exist`);
  for (const role of Object.keys(s.goodResponse.byRole))
    if (!refs.roles.has(role)) add('goodResponse.byRole', `role "${role}" does not exist`);
  for (const [n, node] of s.nodes.entries())
    if (node.type === 'situation') {
      problems.push(...duplicateIds(refs.file, `nodes[${n}](id: ${node.id}).choices`, 'choice', node.choices.map((c) => c.id)));
      for (const [c, choice] of node.choices.entries())
        for (const id of choice.indicators)
          if (!refs.indicators.has(id))
            add(`nodes[${n}](id: ${node.id}).choices[${c}](id: ${choice.id}).indicators`, `indicator "${id}" does not exist`);
    }
  for (const p of validateScenarioGraph(s.start, s.nodes)) add(p.node ? `nodes(id: ${p.node})` : 'start', p.message);
  return problems;
}

/** One language of a scenario: nodes by id, and the text shown as paragraphs already split. */
export function localizeScenario(s: ScenarioSource, locale: Locale): ScenarioContent {
  const scenario = inLocale(s, locale);
  const node = (n: (typeof scenario.nodes)[number]): ScenarioNode =>
    n.type === 'ending'
      ? { ...n, narration: paragraphs(n.narration), debrief: paragraphs(n.debrief) }
      : {
          ...n,
          narration: paragraphs(n.narration),
          choices: n.choices.map((c) => ({ ...c, feedback: paragraphs(c.feedback) })),
        };
  return {
    ...scenario,
    goodResponse: {
      text: paragraphs(scenario.goodResponse.text),
      byRole: Object.fromEntries(Object.entries(scenario.goodResponse.byRole).map(([role, text]) => [role, paragraphs(text)])),
    },
    nodes: Object.fromEntries(scenario.nodes.map((n) => [n.id, node(n)])),
  };
}
