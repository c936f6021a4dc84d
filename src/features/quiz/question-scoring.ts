/**
 * How each question type is answered, checked and fed back. Pure functions over the compiled
 * question and the learner's answer, which is always a list of strings:
 *   single, multiple, true-false — the chosen option ids ("true"/"false");
 *   matching   — "itemId=partnerId" for each item (partners are named by their pair id);
 *   ordering   — the step ids in the learner's order;
 *   categorise — "cardId=categoryId" for each card;
 *   spot       — the ids of the phrases the learner marked.
 */
import type { Question } from '@/content/types';

export type Answer = readonly string[];

/** Reads "key=value" entries of a matching or categorise answer. */
export function pairsOf(answer: Answer): Map<string, string> {
  return new Map(
    answer.flatMap((entry) => {
      const at = entry.indexOf('=');
      return at > 0 ? [[entry.slice(0, at), entry.slice(at + 1)] as [string, string]] : [];
    }),
  );
}

/** The answer with `key` paired to `value` (or unpaired when `value` is empty). */
export function setPair(answer: Answer, key: string, value: string): string[] {
  const pairs = pairsOf(answer);
  if (value) pairs.set(key, value);
  else pairs.delete(key);
  return [...pairs].map(([k, v]) => `${k}=${v}`);
}

export interface ItemResult {
  id: string;
  /** Whether the learner got this item right. */
  right: boolean;
  /** For choices and phrases: whether the learner chose or marked it. */
  chosen: boolean;
}

/** Right or wrong for every item of the question (option, pair, step, card or phrase). */
export function itemResults(question: Question, answer: Answer): ItemResult[] {
  const chosen = new Set(answer);
  switch (question.type) {
    case 'true-false':
      return ['true', 'false'].map((id) => ({
        id,
        chosen: chosen.has(id),
        right: (id === String(question.answer)) === chosen.has(id),
      }));
    case 'single':
    case 'multiple':
      return question.options.map((o) => ({
        id: o.id,
        chosen: chosen.has(o.id),
        right: o.correct === chosen.has(o.id),
      }));
    case 'spot':
      return question.phrases.map((p) => ({
        id: p.id,
        chosen: chosen.has(p.id),
        right: Boolean(p.indicator) === chosen.has(p.id),
      }));
    case 'matching': {
      const given = pairsOf(answer);
      return question.pairs.map((p) => ({
        id: p.id,
        chosen: given.has(p.id),
        right: given.get(p.id) === p.id,
      }));
    }
    case 'categorise': {
      const given = pairsOf(answer);
      return question.cards.map((c) => ({
        id: c.id,
        chosen: given.has(c.id),
        right: given.get(c.id) === c.category,
      }));
    }
    case 'ordering':
      return question.steps.map((s, i) => ({ id: s.id, chosen: true, right: answer[i] === s.id }));
  }
}

/** A question is answered correctly when every item is right. */
export function isCorrect(question: Question, answer: Answer): boolean {
  if (question.type === 'ordering' && answer.length !== question.steps.length) return false;
  return itemResults(question, answer).every((r) => r.right);
}

/** Whether the answer is complete enough to check (every item placed, or something chosen). */
export function isAnswerReady(question: Question, answer: Answer): boolean {
  if (question.type === 'matching') return pairsOf(answer).size === question.pairs.length;
  if (question.type === 'categorise') return pairsOf(answer).size === question.cards.length;
  if (question.type === 'ordering') return answer.length === question.steps.length;
  return answer.length > 0;
}

/** Spot the indicators: phrases found, indicator phrases not marked, and phrases marked wrongly. */
export function spotScore(question: Extract<Question, { type: 'spot' }>, answer: Answer) {
  const marked = new Set(answer);
  const indicators = question.phrases.filter((p) => p.indicator);
  return {
    found: indicators.filter((p) => marked.has(p.id)).length,
    total: indicators.length,
    wrong: question.phrases.filter((p) => !p.indicator && marked.has(p.id)).length,
  };
}

/**
 * Which indicators the question put in front of the learner, and which they recognised. For a
 * spot question, each indicator phrase counts on its own; otherwise the question's tags count as
 * recognised when it was answered correctly.
 */
export function indicatorOutcome(
  question: Question,
  answer: Answer,
): { met: string[]; recognised: string[] } {
  if (question.type === 'spot') {
    const marked = new Set(answer);
    const phrases = question.phrases.filter((p) => p.indicator);
    const met = [
      ...new Set([...question.indicators, ...phrases.map((p) => p.indicator as string)]),
    ];
    const recognised = new Set(
      phrases.filter((p) => marked.has(p.id)).map((p) => p.indicator as string),
    );
    if (isCorrect(question, answer)) question.indicators.forEach((i) => recognised.add(i));
    return { met, recognised: met.filter((i) => recognised.has(i)) };
  }
  return {
    met: [...question.indicators],
    recognised: isCorrect(question, answer) ? [...question.indicators] : [],
  };
}
