import type { Question } from '@/content/types';

import type { ItemResult } from '../question-scoring';

/** What every question-type input receives from the question frame. */
export interface InputProps<T extends Question['type']> {
  question: Extract<Question, { type: T }>;
  /** Items in the order first shown (options, partners, cards, steps). */
  order: string[];
  value: string[];
  onChange: (value: string[]) => void;
  /** After checking: right or wrong for every item; inputs are then read-only. */
  results?: ItemResult[];
}
