/**
 * Scenario stepping: the state of a run is just the list of choices taken; replaying them from the
 * start gives the current node, the path, the score and the indicators recognised. Pure.
 */
import type { ScenarioChoice, ScenarioContent, ScenarioNode } from '@/content/types';

export interface ScenarioStep {
  node: Extract<ScenarioNode, { type: 'situation' }>;
  choice: ScenarioChoice;
}

export interface ScenarioPosition {
  steps: ScenarioStep[];
  current: ScenarioNode;
  ended: boolean;
  score: number;
  /** The best score any path through the whole scenario can earn: the same on every path. */
  maxScore: number;
  /** Indicators recognised: those carried by the choices taken. */
  indicators: string[];
  /** Indicators the learner met: those carried by any choice at the decisions they reached. */
  met: string[];
  /** False when a saved choice no longer exists (the content changed): the run stops there. */
  intact: boolean;
}

/** Replays `choices` from the start node. */
export function replay(scenario: ScenarioContent, choices: readonly string[]): ScenarioPosition {
  const start = scenario.nodes[scenario.start];
  if (!start) throw new Error(`Scenario "${scenario.id}" has no start node "${scenario.start}"`);
  let current: ScenarioNode = start;
  const steps: ScenarioStep[] = [];
  let intact = true;
  for (const choiceId of choices) {
    if (current.type !== 'situation') {
      intact = false;
      break;
    }
    const choice = current.choices.find((c) => c.id === choiceId);
    const next = choice ? scenario.nodes[choice.next] : undefined;
    if (!choice || !next) {
      intact = false;
      break;
    }
    steps.push({ node: current, choice });
    current = next;
  }
  const indicators = [...new Set(steps.flatMap((s) => s.choice.indicators))];
  const reached = [...steps.map((s) => s.node), ...(current.type === 'situation' ? [current] : [])];
  const met = [...new Set(reached.flatMap((n) => n.choices.flatMap((c) => c.indicators)))];
  return {
    steps,
    current,
    ended: current.type === 'ending',
    score: steps.reduce((sum, s) => sum + s.choice.score, 0),
    maxScore: bestScore(scenario),
    indicators,
    met,
    intact,
  };
}

/**
 * The choices whose outcome the screen draws. While the feedback on the newest choice is shown,
 * the learner still sees the decision they just made, so that choice is left out until they go on.
 */
export function choicesOnScreen(
  saved: readonly string[] | undefined,
  feedbackShown: boolean,
): string[] {
  if (!saved) return [];
  return feedbackShown ? saved.slice(0, -1) : [...saved];
}

/** What is saved when a run ends: the ending, its score, the path and the indicators. */
export interface FinishedRun {
  ending: string;
  rating: Extract<ScenarioNode, { type: 'ending' }>['rating'];
  score: number;
  choices: string[];
  met: string[];
  recognised: string[];
}

/** The result to save if `choices` bring the run to an ending; undefined while it goes on. */
export function finishedRun(
  scenario: ScenarioContent,
  choices: readonly string[],
): FinishedRun | undefined {
  const position = replay(scenario, choices);
  if (position.current.type !== 'ending') return undefined;
  return {
    ending: position.current.id,
    rating: position.current.rating,
    score: position.score,
    choices: [...choices],
    met: position.met,
    recognised: position.indicators,
  };
}

/**
 * The highest total score of any path from the start to an ending. Content is checked to have no
 * loop without a way out; a loop is still not followed twice here, so the walk always ends.
 */
export function bestScore(scenario: ScenarioContent): number {
  const best = new Map<string, number>();
  const visiting = new Set<string>();
  const walk = (id: string): number => {
    const known = best.get(id);
    if (known !== undefined) return known;
    const node = scenario.nodes[id];
    if (!node || node.type === 'ending' || visiting.has(id))
      return node?.type === 'ending' ? 0 : -Infinity;
    visiting.add(id);
    const value = Math.max(...node.choices.map((c) => c.score + walk(c.next)));
    visiting.delete(id);
    best.set(id, value);
    return value;
  };
  return Math.max(0, walk(scenario.start));
}
