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
