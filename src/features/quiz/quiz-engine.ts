/**
 * Quiz drawing and attempt scoring. Pure and deterministic: the same seed gives the same draw and
 * the same order of options, so a half-finished attempt resumes exactly as it was after a reload.
 */
import type { Question } from '@/content/types';
import { hash, seededRandom, shuffle } from '@/lib/seeded';

import { indicatorOutcome, isCorrect, type Answer } from './question-scoring';

/**
 * Draws `count` question ids, each question's chance weighted by `weight` (1 = normal), without
 * repeats, in a shuffled order (weighted sampling by random keys, Efraimidis–Spirakis).
 */
export function drawQuestions<Q extends { id: string }>(
  bank: readonly Q[],
  count: number,
  seed: number,
  weight: (q: Q) => number = () => 1,
): string[] {
  const random = seededRandom(seed);
  return bank
    .map((q) => ({ id: q.id, key: Math.pow(random(), 1 / Math.max(weight(q), 1e-6)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.min(count, bank.length))
    .map((q) => q.id);
}

/**
 * The order items are first shown in: options, partners (matching), steps (ordering), cards
 * (categorise). True/false keeps "true" then "false"; a spot passage keeps its text order; steps
 * never start in the correct order.
 */
export function displayOrder(question: Question, seed: number): string[] {
  const random = seededRandom(seed ^ hash(question.id));
  switch (question.type) {
    case 'true-false':
      return ['true', 'false'];
    case 'spot':
      return question.phrases.map((p) => p.id);
    case 'single':
    case 'multiple':
      return shuffle(
        question.options.map((o) => o.id),
        random,
      );
    case 'matching':
      return shuffle(
        question.pairs.map((p) => p.id),
        random,
      );
    case 'categorise':
      return shuffle(
        question.cards.map((c) => c.id),
        random,
      );
    case 'ordering': {
      const correct = question.steps.map((s) => s.id);
      const order = shuffle(correct, random);
      return order.every((id, i) => id === correct[i])
        ? [...order.slice(1), order[0] as string]
        : order;
    }
  }
}

export interface AttemptScore {
  score: number;
  max: number;
  passed: boolean;
  /** Ids of the questions asked, in order. */
  asked: string[];
  /** Ids of questions answered wrongly, in the order asked. */
  missed: string[];
  /** Indicators the attempt put in front of the learner, and those they recognised (once per question). */
  met: string[];
  recognised: string[];
}

/** Scores a finished attempt: one point a question; passed when score / max ≥ passMark. */
export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer>>,
  passMark: number,
): AttemptScore {
  const missed = questions.filter((q) => !isCorrect(q, answers[q.id] ?? [])).map((q) => q.id);
  const outcomes = questions.map((q) => indicatorOutcome(q, answers[q.id] ?? []));
  const max = questions.length;
  const score = max - missed.length;
  return {
    score,
    max,
    passed: max > 0 && score / max >= passMark - 1e-9,
    asked: questions.map((q) => q.id),
    missed,
    met: outcomes.flatMap((o) => o.met),
    recognised: outcomes.flatMap((o) => o.recognised),
  };
}
