/**
 * The saved shape of a learner's progress: its type, validator, version and migrations in one
 * place. Everything is keyed by content ids (never by position, title or language), so switching
 * language or reordering the course keeps what was done.
 *
 * Version history:
 *   1 — lessons, quizzes (current attempt + history), scenarios (current run + history), last place.
 * A change of shape bumps PROGRESS_VERSION, adds `migrations[old]` and a test on a frozen fixture
 * of the old version in tests/fixtures/.
 */
import * as z from 'zod/mini';

import type { VersionedRecord } from './versioned-storage';

export const PROGRESS_KEY = 'qorgau.progress';
export const PROGRESS_VERSION = 1;

const iso = z.string();

const lessonProgress = z.object({
  /** Index of the furthest section the learner has opened (0-based). */
  reached: z.int().check(z.nonnegative()),
  completedAt: z.optional(iso),
});

/** Selected option ids; for true/false questions "true" or "false". */
const answer = z.array(z.string());

const quizAttempt = z.object({
  seed: z.int(),
  questionIds: z.array(z.string()),
  /** Answers already checked, by question id. */
  answers: z.record(z.string(), answer),
  startedAt: iso,
});

const quizResult = z.object({
  at: iso,
  score: z.number(),
  max: z.number(),
  passed: z.boolean(),
  missed: z.array(z.string()),
});

const scenarioRun = z.object({
  /** Choice ids taken from the start, in order; the current node follows from them. */
  choices: z.array(z.string()),
  startedAt: iso,
});

const scenarioResult = z.object({
  at: iso,
  ending: z.string(),
  rating: z.enum(['good', 'acceptable', 'harmful']),
  score: z.number(),
  choices: z.array(z.string()),
});

export const progressSchema = z.object({
  lessons: z.record(z.string(), lessonProgress),
  quizzes: z.record(
    z.string(),
    z.object({ attempt: z.optional(quizAttempt), history: z.array(quizResult) }),
  ),
  scenarios: z.record(
    z.string(),
    z.object({ run: z.optional(scenarioRun), history: z.array(scenarioResult) }),
  ),
  lastVisited: z.optional(z.object({ path: z.string(), at: iso })),
});

export type ProgressData = z.infer<typeof progressSchema>;
export type QuizAttempt = z.infer<typeof quizAttempt>;
export type QuizResult = z.infer<typeof quizResult>;
export type ScenarioRun = z.infer<typeof scenarioRun>;
export type ScenarioResult = z.infer<typeof scenarioResult>;

export const emptyProgress = (): ProgressData => ({ lessons: {}, quizzes: {}, scenarios: {} });

export const progressRecord: VersionedRecord<ProgressData> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  migrations: {},
  validate: (data) => {
    const parsed = progressSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  },
};

/** Key of a lesson or scenario inside its module. */
export const itemKey = (moduleId: string, itemId: string) => `${moduleId}/${itemId}`;
