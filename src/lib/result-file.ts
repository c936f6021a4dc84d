/**
 * The result file a learner hands to a trainer: the latest result of each quiz and scenario, with
 * the questions missed and the indicators met and recognised. No name unless the learner types
 * one. Made by the progress screen, read by seminar mode's group results — so it lives here, below
 * both features. Self-reported: the trainer's figures are only as honest as the files.
 */
import type { Manifest } from '@/content/types';

import {
  array,
  boolean,
  nonNegativeInt,
  object,
  oneOf,
  optional,
  string,
  type Checked,
} from './check';
import { readKindOfFile } from './file-kind';

export const RESULT_FILE_KIND = 'qorgau-result';
export const RESULT_FILE_VERSION = 1;
export const MAX_RESULT_FILE_BYTES = 256 * 1024;
/** The key the final assessment's result is filed under (no module id can take it). */
export const ASSESSMENT = '@assessment';

const quizEntry = object({
  key: string,
  at: string,
  score: nonNegativeInt,
  max: nonNegativeInt,
  passed: boolean,
  /** The questions this attempt asked; absent in results saved before they were recorded. */
  asked: optional(array(string)),
  missed: array(string),
  met: array(string),
  recognised: array(string),
});

const scenarioEntry = object({
  key: string,
  at: string,
  ending: string,
  rating: oneOf(['good', 'acceptable', 'harmful'] as const),
  score: nonNegativeInt,
  choices: array(string),
  met: array(string),
  recognised: array(string),
});

const resultFile = object({
  kind: string,
  version: nonNegativeInt,
  id: string,
  createdAt: string,
  label: optional(string),
  quizzes: array(quizEntry),
  scenarios: array(scenarioEntry),
});

export type ResultFile = Checked<typeof resultFile>;
export type QuizEntry = Checked<typeof quizEntry>;
export type ScenarioEntry = Checked<typeof scenarioEntry>;

export type ResultProblem =
  'too-large' | 'not-json' | 'other-app' | 'newer-version' | 'damaged' | 'other-course';

const isDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text) && !Number.isNaN(Date.parse(text));
const MAX_LABEL = 40;

/** What is wrong with a well-formed file: numbers that do not add up, or ids this course lacks. */
function problemWith(file: ResultFile, manifest: Manifest): 'damaged' | 'other-course' | undefined {
  const modules = new Map(manifest.modules.map((m) => [m.id, m]));
  const scenarios = new Set(
    manifest.modules.flatMap((m) => m.scenarios.map((s) => `${m.id}/${s.id}`)),
  );
  const passMark = (key: string) =>
    key === ASSESSMENT ? manifest.assessment.passMark : (modules.get(key)?.quiz?.passMark ?? 1);
  const addsUp = (q: QuizEntry) =>
    q.score <= q.max &&
    q.missed.length <= q.max &&
    (q.asked === undefined || q.asked.length === q.max) &&
    q.passed === (q.max > 0 && q.score / q.max >= passMark(q.key)) &&
    isDate(q.at);
  if (!isDate(file.createdAt) || (file.label?.length ?? 0) > MAX_LABEL) return 'damaged';
  if (!file.quizzes.every((q) => q.key === ASSESSMENT || Boolean(modules.get(q.key)?.quiz)))
    return 'other-course';
  if (!file.scenarios.every((s) => scenarios.has(s.key))) return 'other-course';
  if (!file.quizzes.every(addsUp) || !file.scenarios.every((s) => isDate(s.at))) return 'damaged';
  return undefined;
}

/**
 * Reads one result file: refused with the reason if it is too large, not a result file, from a
 * newer version, damaged (its shape or numbers do not add up) or from another course.
 */
export function readResultFile(
  text: string,
  manifest: Manifest,
): { ok: true; file: ResultFile } | { ok: false; problem: ResultProblem } {
  const read = readKindOfFile(text, RESULT_FILE_KIND, MAX_RESULT_FILE_BYTES);
  if (!read.ok)
    return { ok: false, problem: read.problem === 'other-kind' ? 'other-app' : read.problem };
  const raw = read.file;
  if (typeof raw.version === 'number' && raw.version > RESULT_FILE_VERSION)
    return { ok: false, problem: 'newer-version' };
  return checkResultFile(raw, manifest);
}

/**
 * The checks a result passes however it arrived (a file, or a QR code read into the same shape):
 * its shape, its numbers adding up, and ids this course has.
 */
export function checkResultFile(
  raw: unknown,
  manifest: Manifest,
): { ok: true; file: ResultFile } | { ok: false; problem: 'damaged' | 'other-course' } {
  if (!resultFile(raw)) return { ok: false, problem: 'damaged' };
  const problem = problemWith(raw, manifest);
  return problem ? { ok: false, problem } : { ok: true, file: raw };
}

export function resultFileText(file: Omit<ResultFile, 'kind' | 'version'>): string {
  return JSON.stringify({ kind: RESULT_FILE_KIND, version: RESULT_FILE_VERSION, ...file });
}
