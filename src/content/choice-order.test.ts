import { orderedChoices, runSeed } from './choice-order';
import type { ScenarioNode } from './types';

const node = (keepOrder?: boolean): Extract<ScenarioNode, { type: 'situation' }> => ({
  id: 'first-call',
  type: 'situation',
  narration: ['n'],
  dialogue: [],
  choices: ['best', 'good', 'poor', 'harmful'].map((id) => ({
    id,
    text: id,
    feedback: [id],
    score: 0,
    indicators: [],
    next: 'end',
  })),
  ...(keepOrder ? { keepOrder } : {}),
});

const ids = (seed: number, keep?: boolean) => orderedChoices(node(keep), seed).map((c) => c.id);

describe('scenario choice order', () => {
  it('shows the same order again for the same run (a reload)', () => {
    const seed = runSeed('summer-job', '2026-03-01T09:00:00.000Z');
    expect(ids(seed)).toEqual(ids(runSeed('summer-job', '2026-03-01T09:00:00.000Z')));
  });

  it('does not always put the first written choice first across runs', () => {
    const firsts = new Set(
      Array.from({ length: 20 }, (_, i) => ids(runSeed('summer-job', `2026-03-01T09:00:${i}`))[0]),
    );
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('keeps the written order where the content asks for it', () => {
    expect(ids(12345, true)).toEqual(['best', 'good', 'poor', 'harmful']);
  });
});
