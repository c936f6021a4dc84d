import { describe, expect, it } from 'vitest';

import type { PlanItem } from './plan';
import {
  decision,
  MAX_TEAMS,
  startRun,
  step,
  totalVotes,
  votesFor,
  type RunAction,
  type RunState,
} from './run-engine';

const items: PlanItem[] = [
  { kind: 'scenario', moduleId: 'm', id: 's', minutes: 20 },
  { kind: 'quiz', moduleId: 'm', id: 'quiz', minutes: 10 },
  { kind: 'lesson', moduleId: 'm', id: 'l', minutes: 5 },
];
const run = (actions: RunAction[], from: RunState = startRun(0)) =>
  actions.reduce((s, a) => step(s, a, items, (i) => (i.kind === 'quiz' ? 2 : 0)), from);
const vote = (option: string, delta: 1 | -1 = 1): RunAction => ({ type: 'vote', option, delta });

describe('seminar run', () => {
  it('counts the room’s votes and lets the majority decide', () => {
    const s = run([vote('a'), vote('b'), vote('b'), vote('c')]);
    expect(votesFor(s, 'b')).toBe(2);
    expect(totalVotes(s)).toBe(4);
    expect(decision(s)).toBe('b');
  });

  it('leaves a tie for the trainer to decide, and the trainer’s override wins', () => {
    const tied = run([vote('a'), vote('b')]);
    expect(decision(tied)).toBeUndefined();
    expect(decision(run([{ type: 'override', option: 'a' }], tied))).toBe('a');
    expect(decision(run([vote('b'), { type: 'override', option: 'a' }], tied))).toBe('a');
  });

  it('never counts below zero or keeps counting after the reveal', () => {
    const s = run([
      vote('a', -1),
      vote('a'),
      { type: 'reveal' },
      vote('a'),
      { type: 'set-votes', option: 'b', count: 9 },
    ]);
    expect(votesFor(s, 'a')).toBe(1);
    expect(votesFor(s, 'b')).toBe(0);
    expect(s.phase).toBe('revealed');
  });

  it('follows the decided choice through the scenario with fresh votes at each decision', () => {
    const s = run([vote('a'), { type: 'reveal' }, { type: 'advance', choice: 'a' }]);
    expect(s.path).toEqual(['a']);
    expect(s.phase).toBe('vote');
    expect(s.tally).toEqual([]);
    expect(s.override).toBeUndefined();
  });

  it('steps through the quiz questions before the next item, and back again', () => {
    const atQuiz = run([{ type: 'go-to', item: 1 }]);
    const second = run([{ type: 'advance' }], atQuiz);
    expect([second.item, second.question]).toEqual([1, 1]);
    const lesson = run([{ type: 'advance' }], second);
    expect([lesson.item, lesson.question]).toEqual([2, 0]);
    expect(run([{ type: 'advance' }], lesson).item).toBe(2);
    expect(run([{ type: 'back' }], second).question).toBe(0);
  });

  it('hides the reveal again on "back" before leaving the step', () => {
    const s = run([{ type: 'reveal' }, { type: 'back' }]);
    expect(s.phase).toBe('vote');
    expect(s.item).toBe(0);
  });

  it('keeps at most eight named teams and adds their points', () => {
    const names = [' Astana ', '', 'Oral', ...Array.from({ length: 10 }, (_, i) => `T${i}`)];
    const s = run([
      { type: 'teams', names },
      { type: 'award', team: 1, points: 2 },
      { type: 'award', team: 9, points: 5 },
    ]);
    expect(s.teams).toHaveLength(MAX_TEAMS);
    expect(s.teams[0]).toEqual({ name: 'Astana', points: 0 });
    expect(s.teams[1]).toEqual({ name: 'Oral', points: 2 });
  });

  it('bumps the revision on every change and not otherwise', () => {
    const s = run([vote('a'), { type: 'blank' }]);
    expect(s.revision).toBe(2);
    expect(run([{ type: 'back' }], startRun()).revision).toBe(0);
  });
});
