/**
 * The order a scenario's choices are shown in. Authored order tends to put the best answer first,
 * and a seminar room soon learns the pattern, so each run shows them in its own seeded order; the
 * same seed gives the same order, so a reload shows what the learner saw. A node whose choices only
 * make sense in the written order says `keepOrder: true` in its content.
 */
import { hash, seededRandom, shuffle } from '@/lib/seeded';

import type { ScenarioNode } from './types';

type Situation = Extract<ScenarioNode, { type: 'situation' }>;

/** A run's seed, derived from what is already saved with it (when it began). */
export const runSeed = (scenarioId: string, startedAt: string) =>
  hash(`${scenarioId}|${startedAt}`);

/** The choices of `node` in the order a run with `seed` shows them. */
export function orderedChoices(node: Situation, seed: number): Situation['choices'] {
  if (node.keepOrder) return node.choices;
  return shuffle(node.choices, seededRandom(seed ^ hash(node.id)));
}
