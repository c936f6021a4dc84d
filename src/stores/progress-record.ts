/**
 * The saved shape of a learner's progress: its type, validator, version and migrations in one
 * place. Everything is keyed by content ids (never by position, title or language), so switching
 * language or reordering the course keeps what was done.
 *
 * Version history:
 *   1 — lessons, quizzes (current attempt + history), scenarios (current run + history), last place.
 *   2 — every quiz and scenario result also records the indicators met and recognised (for the
 *       indicator profile); results saved under version 1 get empty lists — they were not recorded.
 *   3 — a quiz result may record the questions it asked (`asked`), so a trainer's group results
 *       can say per question how many got it right; results saved before have none (not guessed).
 * A change of shape bumps PROGRESS_VERSION, adds `migrations[old]` and a test on a frozen fixture
 * of the old version in tests/fixtures/.
 */
import {
  array,
  boolean,
  int,
  isoDate,
  nonNegativeInt,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  type Checked,
} from '@/lib/check';

import type { VersionedRecord } from './versioned-storage';

export const PROGRESS_KEY = 'qorgau.progress';
export const PROGRESS_VERSION = 3;

/** The final assessment is kept with the module quizzes, under a key no module id can take. */
export const ASSESSMENT_KEY = '@assessment';

/**
 * Limits on saved data. Generous for any real learner (a quiz taken 200 times), but a file or a
 * saved value past them is refused: unbounded lists end in a screen that cannot render.
 */
export const MAX_HISTORY = 200;
const MAX_LIST = 200;

/**
 * Keys come from the data, so each must look like a content id (kebab-case, as the authoring
 * schema requires) — which `__proto__`, `toString` or `hasOwnProperty` never do — and must not
 * be a name Object.prototype already has (`constructor` is kebab-case).
 */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const isContentId = (k: string) => new RegExp(`^${ID}$`).test(k) && !(k in Object.prototype);
/** `moduleId/itemId`: lessons, scenarios, assessment questions (never a name Object has). */
export const isItemKey = (k: string) => new RegExp(`^${ID}/${ID}$`).test(k);
const isQuizKey = (k: string) => k === ASSESSMENT_KEY || isContentId(k);
const isQuestionKey = (k: string) => isContentId(k) || isItemKey(k);

const iso = isoDate;
const id = refine(string, (s) => isContentId(s) || isItemKey(s));
const ids = array(id, MAX_LIST);

const lessonProgress = object({
  /** Index of the furthest section the learner has opened (0-based). */
  reached: nonNegativeInt,
  completedAt: optional(iso),
});

/** Selected option ids; for true/false questions "true" or "false". */
const answer = array(
  refine(string, (s) => s.length <= 100),
  MAX_LIST,
);

const quizAttempt = object({
  seed: int,
  questionIds: ids,
  /** Answers already checked, by question id. */
  answers: record(answer, isQuestionKey),
  startedAt: iso,
});

const quizResult = refine(
  object({
    at: iso,
    score: nonNegativeInt,
    max: nonNegativeInt,
    passed: boolean,
    /** The questions asked, in order (from version 3 on). */
    asked: optional(ids),
    missed: ids,
    /** Indicator ids, once for each question that carried them. */
    met: ids,
    recognised: ids,
  }),
  (r) => r.score <= r.max && (r.asked === undefined || r.asked.length === r.max),
);

const scenarioRun = object({
  /** Choice ids taken from the start, in order; the current node follows from them. */
  choices: ids,
  startedAt: iso,
});

const scenarioResult = object({
  at: iso,
  ending: id,
  rating: oneOf(['good', 'acceptable', 'harmful'] as const),
  score: nonNegativeInt,
  choices: ids,
  met: ids,
  recognised: ids,
});

export const isProgress = object({
  lessons: record(lessonProgress, isItemKey),
  quizzes: record(
    object({ attempt: optional(quizAttempt), history: array(quizResult, MAX_HISTORY) }),
    isQuizKey,
  ),
  scenarios: record(
    object({ run: optional(scenarioRun), history: array(scenarioResult, MAX_HISTORY) }),
    isItemKey,
  ),
  lastVisited: optional(
    object({ path: refine(string, (p) => p.startsWith('/') && p.length <= 300), at: iso }),
  ),
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
    // Version 3 only adds an optional field: a version-2 record is already a valid one.
    2: (old) => old,
  },
  validate: (data) => (isProgress(data) ? (data as ProgressData) : null),
};

/** Key of a lesson or scenario inside its module. */
export const itemKey = (moduleId: string, itemId: string) => `${moduleId}/${itemId}`;
