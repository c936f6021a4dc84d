import { bestResult } from './best-result';

const result = (score: number, max: number) => ({
  at: '2026-11-20T10:00:00.000Z',
  score,
  max,
  passed: score / max >= 0.8,
  missed: [],
  met: [],
  recognised: [],
});

describe('best quiz result', () => {
  it('judges each attempt against its own number of questions', () => {
    // 9 of 9 (after a question was removed) beats 9 of 10.
    expect(bestResult([result(9, 10), result(9, 9), result(7, 10)])).toEqual(result(9, 9));
  });

  it('prefers more right answers at the same share, and has none without results', () => {
    expect(bestResult([result(4, 5), result(8, 10)])).toEqual(result(8, 10));
    expect(bestResult([])).toBeUndefined();
  });
});
