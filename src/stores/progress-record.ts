/**
 * The saved shape of a learner's progress: its type, validator, version and migrations in one
 * place. Everything is keyed by content ids (never by position, title or language), so switching
 * language or reordering the course keeps what was done.
 *
 * Version history:
 *   1 — lessons, quizzes (current attempt + history), scenarios (current run + history), last place.
 *   2 — every quiz and scenario result also records the indicators met and recognised (for the
 *       indicator profile); results saved under version 1 get empty lists — they were not recorded.
 * A change of shape bumps PROGRESS_VERSION, adds `migrations[old]` and a test on a frozen fixture
 * of the old version in tests/fixtures/.
 */
import {
  array,
  boolean,
  int,
  nonNegativeInt,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  type Checked,
} from '@/lib/check';

import type { VersionedRecord } from './versioned-storage';

export const PROGRESS_KEY = 'qorgau.progress';
export const PROGRESS_VERSION = 2;

/** The final assessment is kept with the module quizzes, under a key no module id can take. */
export const ASSESSMENT_KEY = '@assessment';

const iso = string;

const lessonProgress = object({
  /** Index of the furthest section the learner has opened (0-based). */
  reached: nonNegativeInt,
  completedAt: optional(iso),
});

/** Selected option ids; for true/false questions "true" or "false". */
const answer = array(string);

const quizAttempt = object({
  seed: int,
  questionIds: array(string),
  /** Answers already checked, by question id. */
  answers: record(answer),
  startedAt: iso,
});

const quizResult = object({
  at: iso,
  score: number,
  max: number,
  passed: boolean,
  missed: array(string),
  /** Indicator ids, once for each question that carried them. */
  met: array(string),
  recognised: array(string),
});

const scenarioRun = object({
  /** Choice ids taken from the start, in order; the current node follows from them. */
  choices: array(string),
  startedAt: iso,
});

const scenarioResult = object({
  at: iso,
  ending: string,
  rating: oneOf(['good', 'acceptable', 'harmful'] as const),
  score: number,
  choices: array(string),
  met: array(string),
  recognised: array(string),
});

export const isProgress = object({
  lessons: record(lessonProgress),
  quizzes: record(object({ attempt: optional(quizAttempt), history: array(quizResult) })),
  scenarios: record(object({ run: optional(scenarioRun), history: array(scenarioResult) })),
  lastVisited: optional(object({ path: string, at: iso })),
});

export type ProgressData = Checked<typeof isProgress>;
export type QuizAttempt = Checked<typeof quizAttempt>;
export type QuizResult = Checked<typeof quizResult>;
export type ScenarioRun = Checked<typeof scenarioRun>;
export type ScenarioResult = Checked<typeof scenarioResult>;

export const emptyProgress = (): ProgressData => ({ lessons: {}, quizzes: {}, scenarios: {} });

export const progressRecord: VersionedRecord<ProgressData> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  migrations: {
    1: (old) => {
      const v1 = old as {
        quizzes?: Record<string, { history?: object[] }>;
        scenarios?: Record<string, { history?: object[] }>;
      };
      const addLists = <T extends { history?: object[] }>(entries: Record<string, T> = {}) =>
        Object.fromEntries(
          Object.entries(entries).map(([k, v]) => [
            k,
            { ...v, history: (v.history ?? []).map((r) => ({ ...r, met: [], recognised: [] })) },
          ]),
        );
      return { ...v1, quizzes: addLists(v1.quizzes), scenarios: addLists(v1.scenarios) };
    },
  },
  validate: (data) => (isProgress(data) ? (data as ProgressData) : null),
};

/** Key of a lesson or scenario inside its module. */
export const itemKey = (moduleId: string, itemId: string) => `${moduleId}/${itemId}`;
