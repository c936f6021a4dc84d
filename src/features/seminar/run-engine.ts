/**
 * A seminar run: where the room is in the session plan, the votes counted for the current
 * decision or question, what has been revealed, and the teams' points. Pure: every change is an
 * action applied by `step`, so the projector and the presenter window can apply the same actions,
 * and the whole run can be saved and restored after a reload.
 *
 * Nothing is revealed until the trainer says so: `phase` is 'vote' until a `reveal` action, and
 * views decide what to show from the phase alone.
 */
import type { PlanItem, RunState, Team } from '@/stores/seminar-store';

export type { RunState, Team };

export type RunAction =
  | { type: 'vote'; option: string; delta: 1 | -1 }
  | { type: 'set-votes'; option: string; count: number }
  | { type: 'reveal' }
  | { type: 'override'; option: string }
  | { type: 'advance'; /** the choice taken, for a scenario decision */ choice?: string }
  | { type: 'back' }
  | { type: 'go-to'; item: number }
  | { type: 'blank' }
  | { type: 'teams'; names: string[] }
  | { type: 'award'; team: number; points: number };

export const MAX_TEAMS = 8;
const MAX_VOTES = 999;

export const startRun = (now = Date.now()): RunState => ({
  item: 0,
  question: 0,
  path: [],
  phase: 'vote',
  tally: [],
  teams: [],
  blank: false,
  revision: 0,
  since: now,
});

/** Drops an optional field (the state is saved as JSON, so absent beats `undefined`). */
function without<K extends 'override'>(s: RunState, key: K): Omit<RunState, K> {
  const copy = { ...s };
  delete copy[key];
  return copy;
}

/** A new step: no votes, nothing revealed, the screen showing, the timer from now. */
const fresh = (s: RunState, patch: Partial<RunState>, now: number): RunState => ({
  ...without(s, 'override'),
  phase: 'vote',
  tally: [],
  blank: false,
  since: now,
  ...patch,
});

export const votesFor = (s: RunState, option: string) =>
  s.tally.find(([id]) => id === option)?.[1] ?? 0;

const withVotes = (s: RunState, option: string, count: number): RunState => {
  const clamped = Math.max(0, Math.min(MAX_VOTES, Math.trunc(count)));
  const others = s.tally.filter(([id]) => id !== option);
  return { ...s, tally: clamped > 0 ? [...others, [option, clamped]] : others };
};

/**
 * The option the room chose: the trainer's override if any, else the one with the most votes.
 * Undefined when nobody voted or the top options tie (the trainer must then decide).
 */
export function decision(s: RunState): string | undefined {
  if (s.override) return s.override;
  const sorted = [...s.tally].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || first[1] === 0) return undefined;
  if (second && second[1] === first[1]) return undefined;
  return first[0];
}

export const totalVotes = (s: RunState) => s.tally.reduce((sum, [, n]) => sum + n, 0);

/** Applies one action. `items` is the plan; `questionCount(item)` the questions of a quiz item. */
export function step(
  s: RunState,
  action: RunAction,
  items: readonly PlanItem[],
  questionCount: (item: PlanItem) => number,
  now = Date.now(),
): RunState {
  const next = apply(s, action, items, questionCount, now);
  return next === s ? s : { ...next, revision: s.revision + 1 };
}

function apply(
  s: RunState,
  action: RunAction,
  items: readonly PlanItem[],
  questionCount: (item: PlanItem) => number,
  now: number,
): RunState {
  const current = items[s.item];
  switch (action.type) {
    case 'vote':
      return s.phase === 'vote'
        ? withVotes(s, action.option, votesFor(s, action.option) + action.delta)
        : s;
    case 'set-votes':
      return s.phase === 'vote' ? withVotes(s, action.option, action.count) : s;
    case 'reveal':
      return s.phase === 'vote' ? { ...s, phase: 'revealed' } : s;
    case 'override':
      return current?.kind === 'scenario' ? { ...s, override: action.option } : s;
    case 'advance': {
      if (!current) return s;
      if (current.kind === 'scenario' && action.choice)
        return fresh(s, { path: [...s.path, action.choice] }, now);
      if (current.kind === 'quiz' && s.question + 1 < questionCount(current))
        return fresh(s, { question: s.question + 1 }, now);
      if (s.item + 1 >= items.length) return s;
      return fresh(s, { item: s.item + 1, question: 0, path: [] }, now);
    }
    case 'back': {
      if (s.phase === 'revealed') return { ...s, phase: 'vote' };
      if (current?.kind === 'scenario' && s.path.length > 0)
        return fresh(s, { path: s.path.slice(0, -1) }, now);
      if (current?.kind === 'quiz' && s.question > 0)
        return fresh(s, { question: s.question - 1 }, now);
      if (s.item === 0) return s;
      return fresh(s, { item: s.item - 1, question: 0, path: [] }, now);
    }
    case 'go-to':
      return action.item >= 0 && action.item < items.length && action.item !== s.item
        ? fresh(s, { item: action.item, question: 0, path: [] }, now)
        : s;
    case 'blank':
      return { ...s, blank: !s.blank };
    case 'teams': {
      const names = action.names
        .map((n) => n.trim().slice(0, 40))
        .filter(Boolean)
        .slice(0, MAX_TEAMS);
      return { ...s, teams: names.map((name) => ({ name, points: 0 })) };
    }
    case 'award': {
      const team = s.teams[action.team];
      if (!team || !Number.isInteger(action.points)) return s;
      const teams = s.teams.map((t, i) =>
        i === action.team ? { ...t, points: t.points + action.points } : t,
      );
      return { ...s, teams };
    }
  }
}
