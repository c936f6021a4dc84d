/** Checks a scenario beyond its schema, and resolves it to one language. */
import type { Locale } from '../../src/content/locales.ts';
import { validateScenarioGraph } from '../../src/content/scenario-graph.ts';
import type { ScenarioSource } from '../../src/content/schema.ts';
import type { ScenarioContent } from '../../src/content/types.ts';
import type { ContentProblem } from './errors.ts';

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
    if (node.type === 'situation')
      for (const [c, choice] of node.choices.entries())
        for (const id of choice.indicators)
          if (!refs.indicators.has(id))
            add(`nodes[${n}](id: ${node.id}).choices[${c}](id: ${choice.id}).indicators`, `indicator "${id}" does not exist`);
  for (const p of validateScenarioGraph(s.start, s.nodes)) add(p.node ? `nodes(id: ${p.node})` : 'start', p.message);
  return problems;
}

export function localizeScenario(s: ScenarioSource, locale: Locale): ScenarioContent {
  return {
    id: s.id,
    title: s.title[locale],
    summary: s.summary[locale],
    ...(s.contentNote ? { contentNote: s.contentNote[locale] } : {}),
    goodResponse: {
      text: s.goodResponse.text[locale],
      byRole: Object.fromEntries(Object.entries(s.goodResponse.byRole).map(([role, text]) => [role, text[locale]])),
    },
    discussion: s.discussion.map((d) => d[locale]),
    start: s.start,
    nodes: Object.fromEntries(
      s.nodes.map((n) => [
        n.id,
        n.type === 'ending'
          ? {
              id: n.id,
              type: n.type,
              rating: n.rating,
              narration: n.narration[locale],
              debrief: n.debrief[locale],
              ...(n.facilitator ? { facilitator: n.facilitator[locale] } : {}),
            }
          : {
              id: n.id,
              type: n.type,
              narration: n.narration[locale],
              dialogue: n.dialogue.map((d) => ({ speaker: d.speaker[locale], text: d.text[locale] })),
              choices: n.choices.map((c) => ({ ...c, text: c.text[locale], feedback: c.feedback[locale] })),
              ...(n.facilitator ? { facilitator: n.facilitator[locale] } : {}),
            },
      ]),
    ),
  };
}
