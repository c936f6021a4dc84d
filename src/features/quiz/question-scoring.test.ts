import {
  indicatorOutcome,
  isAnswerReady,
  isCorrect,
  itemResults,
  setPair,
  spotScore,
} from './question-scoring';
import {
  categorise,
  matching,
  multiple,
  ordering,
  single,
  spot,
  trueFalse,
} from './test-questions';

describe('scoring each question type', () => {
  it('single choice: only the one correct option', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
  });

  it('multiple response: exactly the correct set', () => {
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'c', 'd'])).toBe(false);
  });

  it('true/false: the stated answer', () => {
    expect(isCorrect(trueFalse, ['false'])).toBe(true);
    expect(isCorrect(trueFalse, ['true'])).toBe(false);
  });

  it('matching: every item with its own partner, and says which pairs are wrong', () => {
    expect(isCorrect(matching, ['passport=passport', 'debt=debt', 'wages=wages'])).toBe(true);
    const swapped = ['passport=debt', 'debt=passport', 'wages=wages'];
    expect(isCorrect(matching, swapped)).toBe(false);
    expect(itemResults(matching, swapped).map((r) => r.right)).toEqual([false, false, true]);
    expect(isAnswerReady(matching, ['passport=debt'])).toBe(false);
  });

  it('ordering: the exact order, and which steps are in place', () => {
    expect(isCorrect(ordering, ['notice', 'safety', 'listen', 'refer'])).toBe(true);
    const answer = ['notice', 'listen', 'safety', 'refer'];
    expect(isCorrect(ordering, answer)).toBe(false);
    expect(itemResults(ordering, answer).map((r) => r.right)).toEqual([true, false, false, true]);
  });

  it('categorise: every card in its group', () => {
    expect(isCorrect(categorise, ['passports=indicator', 'uniform=not'])).toBe(true);
    expect(isCorrect(categorise, ['passports=not', 'uniform=not'])).toBe(false);
    expect(isAnswerReady(categorise, ['passports=not'])).toBe(false);
  });

  it('spot the indicators: counts phrases found and phrases marked wrongly', () => {
    expect(spotScore(spot as Extract<typeof spot, { type: 'spot' }>, ['passport', 'city'])).toEqual(
      { found: 1, total: 2, wrong: 1 },
    );
    expect(isCorrect(spot, ['passport', 'debt'])).toBe(true);
    expect(isCorrect(spot, ['passport', 'debt', 'city'])).toBe(false);
    expect(isCorrect(spot, ['passport'])).toBe(false);
  });
});

describe('indicators met and recognised', () => {
  it('counts a tagged question as recognised only when answered correctly', () => {
    expect(indicatorOutcome(trueFalse, ['false'])).toEqual({
      met: ['deception'],
      recognised: ['deception'],
    });
    expect(indicatorOutcome(trueFalse, ['true'])).toEqual({ met: ['deception'], recognised: [] });
  });

  it('counts each indicator phrase of a spot question on its own', () => {
    expect(indicatorOutcome(spot, ['passport', 'city'])).toEqual({
      met: ['retention-of-documents', 'debt-bondage'],
      recognised: ['retention-of-documents'],
    });
  });
});

describe('pairs in an answer', () => {
  it('sets, replaces and removes one pair, keeping the others', () => {
    const answer = setPair(['a=x', 'b=y'], 'a', 'z');
    expect(answer).toEqual(['a=z', 'b=y']);
    expect(setPair(answer, 'b', '')).toEqual(['a=z']);
  });
});
