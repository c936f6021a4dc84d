/** Small questions of every type, shared by the quiz tests. */
import type { Question } from '@/content/types';

const base = { lesson: 'l', indicators: [] as string[], roles: [] as string[], prompt: 'p' };
const option = (id: string, correct = false) => ({
  id,
  text: `text ${id}`,
  feedback: `why ${id}`,
  correct,
});

export const single: Question = {
  ...base,
  id: 'single-q',
  type: 'single',
  options: [option('a'), option('b', true), option('c')],
};
export const multiple: Question = {
  ...base,
  id: 'multi-q',
  type: 'multiple',
  options: [option('a', true), option('b'), option('c', true), option('d')],
};
export const trueFalse: Question = {
  ...base,
  id: 'tf-q',
  type: 'true-false',
  indicators: ['deception'],
  answer: false,
  feedback: { true: 'no', false: 'yes' },
};
export const matching: Question = {
  ...base,
  id: 'match-q',
  type: 'matching',
  indicators: ['retention-of-documents', 'debt-bondage'],
  pairs: [
    {
      id: 'passport',
      item: 'The employer keeps the passport',
      match: 'Retention of documents',
      feedback: 'f1',
    },
    { id: 'debt', item: 'A debt that keeps growing', match: 'Debt bondage', feedback: 'f2' },
    { id: 'wages', item: 'No pay for three months', match: 'Withholding of wages', feedback: 'f3' },
  ],
};
export const ordering: Question = {
  ...base,
  id: 'order-q',
  type: 'ordering',
  steps: [
    { id: 'notice', text: 'Notice', feedback: 'first' },
    { id: 'safety', text: 'Make safe', feedback: 'second' },
    { id: 'listen', text: 'Listen', feedback: 'third' },
    { id: 'refer', text: 'Refer', feedback: 'fourth' },
  ],
};
export const categorise: Question = {
  ...base,
  id: 'sort-q',
  type: 'categorise',
  categories: [
    { id: 'indicator', name: 'Indicator' },
    { id: 'not', name: 'Not an indicator' },
  ],
  cards: [
    { id: 'passports', text: 'Passports kept', category: 'indicator', feedback: 'c1' },
    { id: 'uniform', text: 'Wears a uniform', category: 'not', feedback: 'c2' },
  ],
};
export const spot: Question = {
  ...base,
  id: 'spot-q',
  type: 'spot',
  passage: [
    'Dana says ',
    { phrase: 'passport', text: 'the owner keeps her passport' },
    ', ',
    { phrase: 'debt', text: 'she owes for the ticket' },
    ' and ',
    { phrase: 'city', text: 'she likes the city' },
    '.',
  ],
  phrases: [
    { id: 'passport', indicator: 'retention-of-documents', feedback: 'p' },
    { id: 'debt', indicator: 'debt-bondage', feedback: 'd' },
    { id: 'city', feedback: 'c' },
  ],
};
