import type { QuizResult } from '@/stores/progress-record';

/**
 * The best of a quiz's results, judged against each attempt's own number of questions (a bank
 * that lost a question draws fewer, so the module's draw size is not every attempt's maximum); of
 * equal shares, the one with more right answers. A loop, not a sort or spread: a long history
 * must not overflow the stack.
 */
export function bestResult(history: readonly QuizResult[]): QuizResult | undefined {
  let best: QuizResult | undefined;
  for (const r of history) {
    if (r.max === 0) continue;
    if (!best) best = r;
    else {
      const diff = r.score * best.max - best.score * r.max;
      if (diff > 0 || (diff === 0 && r.score > best.score)) best = r;
    }
  }
  return best;
}
