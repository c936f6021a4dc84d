import type { Question } from '@/content/types';

import { choiceOrder, drawQuestions, isCorrect, scoreAttempt } from './quiz-engine';

const option = (id: string, correct = false) => ({ id, text: id, feedback: `why ${id}`, correct });

const single: Question = {
  id: 'single-q',
  type: 'single',
  lesson: 'l',
  indicators: [],
  prompt: 'p',
  options: [option('a'), option('b', true), option('c')],
};
const multiple: Question = {
  id: 'multi-q',
  type: 'multiple',
  lesson: 'l',
  indicators: [],
  prompt: 'p',
  options: [option('a', true), option('b'), option('c', true), option('d')],
};
const trueFalse: Question = {
  id: 'tf-q',
  type: 'true-false',
  lesson: 'l',
  indicators: [],
  prompt: 'p',
  answer: false,
  feedback: { true: 'no', false: 'yes' },
};

describe('quiz engine', () => {
  it('accepts only the one correct option of a single-choice question', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
  });

  it('needs exactly the correct set in a multiple-response question', () => {
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'c', 'd'])).toBe(false);
  });

  it('scores true/false by the stated answer', () => {
    expect(isCorrect(trueFalse, ['false'])).toBe(true);
    expect(isCorrect(trueFalse, ['true'])).toBe(false);
  });

  it('passes at the pass mark and lists what was missed in order', () => {
    const bank = [single, multiple, trueFalse];
    const result = scoreAttempt(
      bank,
      { 'single-q': ['b'], 'multi-q': ['a'], 'tf-q': ['false'] },
      0.6,
    );
    expect(result).toEqual({ score: 2, max: 3, passed: true, missed: ['multi-q'] });
    expect(scoreAttempt(bank, { 'single-q': ['b'] }, 0.8).passed).toBe(false);
  });

  it('counts an unanswered question as missed', () => {
    expect(scoreAttempt([single], {}, 0.8).missed).toEqual(['single-q']);
  });

  it('draws the same questions and option order again from the same seed', () => {
    const bank = [single, multiple, trueFalse];
    expect(drawQuestions(bank, 2, 42)).toEqual(drawQuestions(bank, 2, 42));
    expect(drawQuestions(bank, 2, 42)).toHaveLength(2);
    expect(choiceOrder(multiple, 7)).toEqual(choiceOrder(multiple, 7));
    expect([...choiceOrder(multiple, 7)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('varies the draw between seeds', () => {
    const bank = Array.from({ length: 12 }, (_, i) => ({ ...single, id: `q${i}` }));
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => drawQuestions(bank, 8, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('keeps true then false in a true/false question', () => {
    expect(choiceOrder(trueFalse, 99)).toEqual(['true', 'false']);
  });
});
