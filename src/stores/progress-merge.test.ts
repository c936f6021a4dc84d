import { canonical } from '@/lib/canonical';

import { mergeProgress } from './progress-merge';
import { emptyProgress } from './progress-record';

const quizResult = (at: string, score: number) => ({
  at,
  score,
  max: 8,
  passed: score >= 7,
  missed: [],
  met: [],
  recognised: [],
});

describe('merging imported progress', () => {
  it('keeps the furthest point of a lesson and the first completion', () => {
    const here = {
      ...emptyProgress(),
      lessons: {
        'm/a': { reached: 3, completedAt: '2026-11-20T00:00:00Z' },
        'm/b': { reached: 1 },
      },
    };
    const incoming = {
      ...emptyProgress(),
      lessons: {
        'm/a': { reached: 1 },
        'm/b': { reached: 2, completedAt: '2026-11-21T00:00:00Z' },
        'm/c': { reached: 0 },
      },
    };
    expect(mergeProgress(here, incoming).lessons).toEqual({
      'm/a': { reached: 3, completedAt: '2026-11-20T00:00:00Z' },
      'm/b': { reached: 2, completedAt: '2026-11-21T00:00:00Z' },
      'm/c': { reached: 0 },
    });
  });

  it('joins quiz histories without duplicates and keeps the attempt under way here', () => {
    const attempt = { seed: 1, questionIds: ['q'], answers: {}, startedAt: '2026-11-22T00:00:00Z' };
    const here = {
      ...emptyProgress(),
      quizzes: { m: { attempt, history: [quizResult('2026-11-20T00:00:00Z', 6)] } },
    };
    const incoming = {
      ...emptyProgress(),
      quizzes: {
        m: {
          history: [quizResult('2026-11-20T00:00:00Z', 6), quizResult('2026-11-19T00:00:00Z', 8)],
        },
      },
    };
    const merged = mergeProgress(here, incoming).quizzes.m;
    expect(merged?.attempt).toEqual(attempt);
    expect(merged?.history.map((r) => r.score)).toEqual([8, 6]);
  });
});

describe('merging two tabs', () => {
  const attempt = (startedAt: string, answers: Record<string, string[]> = {}) => ({
    seed: 1,
    questionIds: ['q', 'r'],
    answers,
    startedAt,
  });

  it('is the same whichever side is "here", so two tabs settle', () => {
    const a = {
      ...emptyProgress(),
      lessons: { 'm/a': { reached: 2 } },
      quizzes: { m: { attempt: attempt('2026-11-22T00:00:00Z', { q: ['x'] }), history: [] } },
      lastVisited: { path: '/a', at: '2026-11-22T00:00:00Z' },
    };
    const b = {
      ...emptyProgress(),
      lessons: { 'm/b': { reached: 1 }, 'm/a': { reached: 1 } },
      quizzes: {
        m: { attempt: attempt('2026-11-22T00:00:00Z', { r: ['y'] }), history: [] },
        n: { history: [quizResult('2026-11-20T00:00:00Z', 8)] },
      },
      lastVisited: { path: '/b', at: '2026-11-22T00:00:00Z' },
    };
    const ab = mergeProgress(a, b);
    expect(canonical(ab)).toBe(canonical(mergeProgress(b, a)));
    expect(ab.lessons).toEqual({ 'm/a': { reached: 2 }, 'm/b': { reached: 1 } });
    expect(ab.quizzes.m?.attempt?.answers).toEqual({ q: ['x'], r: ['y'] });
    expect(canonical(mergeProgress(ab, a))).toBe(canonical(ab));
  });

  it('keeps the later attempt, and none once a result was saved after it began', () => {
    const older = {
      ...emptyProgress(),
      quizzes: { m: { attempt: attempt('2026-11-21T00:00:00Z'), history: [] } },
    };
    const finished = {
      ...emptyProgress(),
      quizzes: { m: { history: [quizResult('2026-11-21T00:10:00Z', 8)] } },
    };
    expect(mergeProgress(older, finished).quizzes.m?.attempt).toBeUndefined();
    const newer = {
      ...emptyProgress(),
      quizzes: { m: { attempt: attempt('2026-11-23T00:00:00Z'), history: [] } },
    };
    expect(mergeProgress(older, newer).quizzes.m?.attempt?.startedAt).toBe('2026-11-23T00:00:00Z');
  });

  it('never reaches Object.prototype, whatever the keys', () => {
    const hostile = JSON.parse(
      '{"lessons": {"__proto__": {"reached": 9}, "constructor": {"reached": 1}}, "quizzes": {"toString": {"history": []}}, "scenarios": {"hasOwnProperty": {"history": []}}}',
    );
    const merged = mergeProgress(emptyProgress(), hostile);
    expect(Object.getPrototypeOf(merged.lessons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).reached).toBeUndefined();
    expect(Object.keys(merged.lessons).sort()).toEqual(['__proto__', 'constructor']);
    const here = { ...emptyProgress(), lessons: { 'm/a': { reached: 1 } } };
    expect(() => mergeProgress(here, hostile)).not.toThrow();
  });
});
