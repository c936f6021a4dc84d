/**
 * Quiz drawing and scoring. Pure and deterministic: the same seed gives the same draw and option
 * order, so a half-finished attempt resumes exactly as it was after a reload.
 */
import type { Question } from '@/content/types';

/** A small seeded random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Draws `count` question ids from the bank, in a shuffled order. */
export function drawQuestions(bank: readonly Question[], count: number, seed: number): string[] {
  return shuffle(
    bank.map((q) => q.id),
    seededRandom(seed),
  ).slice(0, Math.min(count, bank.length));
}

/** The ids of a question's choices in the order shown. True/false keeps "true" then "false". */
export function choiceOrder(question: Question, seed: number): string[] {
  if (question.type === 'true-false') return ['true', 'false'];
  return shuffle(
    question.options.map((o) => o.id),
    seededRandom(seed ^ hash(question.id)),
  );
}

/** The choice ids that make a fully correct answer. */
export function correctChoices(question: Question): string[] {
  if (question.type === 'true-false') return [String(question.answer)];
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/** A question is answered correctly when exactly the correct choices are selected. */
export function isCorrect(question: Question, answer: readonly string[]): boolean {
  const correct = correctChoices(question);
  return answer.length === correct.length && correct.every((id) => answer.includes(id));
}

export interface AttemptScore {
  score: number;
  max: number;
  passed: boolean;
  /** Ids of questions answered wrongly, in the order asked. */
  missed: string[];
}

/** Scores a finished attempt: one point a question; passed when score / max ≥ passMark. */
export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number,
): AttemptScore {
  const missed = questions.filter((q) => !isCorrect(q, answers[q.id] ?? [])).map((q) => q.id);
  const max = questions.length;
  const score = max - missed.length;
  return { score, max, passed: max > 0 && score / max >= passMark - 1e-9, missed };
}
