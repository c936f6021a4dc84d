import { displayOrder, drawQuestions, scoreAttempt } from './quiz-engine';
import { multiple, ordering, single, spot, trueFalse } from './test-questions';

describe('quiz engine', () => {
  it('passes at the pass mark and lists what was missed in order', () => {
    const bank = [single, multiple, trueFalse];
    const result = scoreAttempt(
      bank,
      { 'single-q': ['b'], 'multi-q': ['a'], 'tf-q': ['false'] },
      0.6,
    );
    expect(result).toMatchObject({ score: 2, max: 3, passed: true, missed: ['multi-q'] });
    expect(scoreAttempt(bank, { 'single-q': ['b'] }, 0.8).passed).toBe(false);
  });

  it('counts an unanswered question as missed', () => {
    expect(scoreAttempt([single], {}, 0.8).missed).toEqual(['single-q']);
  });

  it('records the indicators an attempt met and those recognised', () => {
    const result = scoreAttempt([trueFalse, spot], { 'tf-q': ['true'], 'spot-q': ['debt'] }, 0.8);
    expect(result.met).toEqual(['deception', 'retention-of-documents', 'debt-bondage']);
    expect(result.recognised).toEqual(['debt-bondage']);
  });

  it('draws the same questions and orders again from the same seed', () => {
    const bank = [single, multiple, trueFalse];
    expect(drawQuestions(bank, 2, 42)).toEqual(drawQuestions(bank, 2, 42));
    expect(drawQuestions(bank, 2, 42)).toHaveLength(2);
    expect(displayOrder(multiple, 7)).toEqual(displayOrder(multiple, 7));
    expect([...displayOrder(multiple, 7)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('varies the draw between seeds', () => {
    const bank = Array.from({ length: 12 }, (_, i) => ({ ...single, id: `q${i}` }));
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => drawQuestions(bank, 8, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('favours heavily weighted questions in the draw', () => {
    const bank = Array.from({ length: 20 }, (_, i) => ({ id: `q${i}` }));
    const heavy = new Set(['q0', 'q1', 'q2', 'q3']);
    let drawn = 0;
    for (let seed = 1; seed <= 50; seed++)
      drawn += drawQuestions(bank, 5, seed, (q) => (heavy.has(q.id) ? 10 : 1)).filter((id) =>
        heavy.has(id),
      ).length;
    // Unweighted, about 50 of the 250 drawn would be one of the four; weighted, well over twice that.
    expect(drawn).toBeGreaterThan(120);
  });

  it('keeps true then false, and never starts an ordering question in the right order', () => {
    expect(displayOrder(trueFalse, 99)).toEqual(['true', 'false']);
    for (let seed = 0; seed < 30; seed++)
      expect(displayOrder(ordering, seed)).not.toEqual(['notice', 'safety', 'listen', 'refer']);
  });
});
