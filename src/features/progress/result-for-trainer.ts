/**
 * The result file a learner gives to the trainer (see src/lib/result-file.ts): the latest result
 * of each quiz and scenario, the questions asked and missed, the indicators met and recognised,
 * and the initials only if the learner typed them. Pure.
 */
import { type QuizEntry, type ResultFile, type ScenarioEntry } from '@/lib/result-file';
import type { ProgressData } from '@/stores/progress-record';

type Entries<T> = [string, { history: T[] }][];

export function resultForTrainer(
  progress: Pick<ProgressData, 'quizzes' | 'scenarios'>,
  { id, now, initials }: { id: string; now: Date; initials?: string },
): Omit<ResultFile, 'kind' | 'version'> {
  const latest = <T>(entries: Entries<T>) =>
    entries.flatMap(([key, e]) =>
      e.history.length > 0 ? [[key, e.history[e.history.length - 1] as T] as const] : [],
    );
  const quizzes: QuizEntry[] = latest(Object.entries(progress.quizzes)).map(([key, r]) => ({
    key,
    at: r.at,
    score: r.score,
    max: r.max,
    passed: r.passed,
    ...(r.asked ? { asked: r.asked } : {}),
    missed: r.missed,
    met: r.met,
    recognised: r.recognised,
  }));
  const scenarios: ScenarioEntry[] = latest(Object.entries(progress.scenarios)).map(([key, r]) => ({
    key,
    at: r.at,
    ending: r.ending,
    rating: r.rating,
    score: r.score,
    choices: r.choices,
    met: r.met,
    recognised: r.recognised,
  }));
  const label = initials?.trim().slice(0, 10);
  return { id, createdAt: now.toISOString(), ...(label ? { label } : {}), quizzes, scenarios };
}

/** A random id, so the trainer's screen can tell a file counted twice from two participants. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
