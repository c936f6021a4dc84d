/**
 * Group results from many participants' result files: per question the share answered right, per
 * indicator the share recognised (hardest first), per module the average quiz score, and the gain
 * between a "before" and an "after" set. Pure and linear in the number of files, so a thousand
 * files are counted well within a second (`npm run bench` measures it).
 */
import type { Manifest } from '@/content/types';
import type { CodeProblem } from '@/lib/result-code';
import { readResultFile, type ResultFile, type ResultProblem } from '@/lib/result-file';

export interface Share {
  id: string;
  /** How often it came up (questions asked; indicators met; quiz results). */
  count: number;
  /** How often it went right (answered right; recognised). */
  right: number;
  /** right / count, 0–1. */
  share: number;
}

export interface GroupFigures {
  participants: number;
  /** Keyed `quiz/question`, e.g. `what-is-trafficking/consent-after-deception`. Hardest first. */
  questions: Share[];
  /** Indicator ids. Hardest first. */
  indicators: Share[];
  /** Module quiz (or `@assessment`): `right` is the sum of scores, `count` the sum of maxima. */
  quizzes: Share[];
}

const tally = () => new Map<string, { count: number; right: number }>();
const add = (
  m: Map<string, { count: number; right: number }>,
  id: string,
  count: number,
  right: number,
) => {
  const entry = m.get(id) ?? { count: 0, right: 0 };
  entry.count += count;
  entry.right += right;
  m.set(id, entry);
};
const hardestFirst = (m: Map<string, { count: number; right: number }>): Share[] =>
  [...m]
    .map(([id, { count, right }]) => ({ id, count, right, share: count > 0 ? right / count : 0 }))
    .sort((a, b) => a.share - b.share || b.count - a.count || a.id.localeCompare(b.id));

/** Counts met and recognised like the learner's own profile: each recognition matches one meeting. */
function countIndicators(
  m: Map<string, { count: number; right: number }>,
  met: string[],
  recognised: string[],
) {
  const left = new Map<string, number>();
  for (const id of recognised) left.set(id, (left.get(id) ?? 0) + 1);
  for (const id of met) {
    const n = left.get(id) ?? 0;
    if (n > 0) left.set(id, n - 1);
    add(m, id, 1, n > 0 ? 1 : 0);
  }
}

export function groupFigures(files: readonly ResultFile[]): GroupFigures {
  const questions = tally();
  const indicators = tally();
  const quizzes = tally();
  for (const file of files) {
    for (const q of file.quizzes) {
      add(quizzes, q.key, q.max, q.score);
      const missed = new Set(q.missed);
      for (const id of q.asked ?? []) add(questions, `${q.key}/${id}`, 1, missed.has(id) ? 0 : 1);
      countIndicators(indicators, q.met, q.recognised);
    }
    for (const s of file.scenarios) countIndicators(indicators, s.met, s.recognised);
  }
  return {
    participants: files.length,
    questions: hardestFirst(questions),
    indicators: hardestFirst(indicators),
    quizzes: hardestFirst(quizzes),
  };
}

export interface Gain {
  id: string;
  before: number;
  after: number;
  /** after − before, in shares (0.25 = 25 percentage points). */
  gain: number;
}

/** The change from `before` to `after` for every id both sets have, smallest gain first. */
export function gains(before: readonly Share[], after: readonly Share[]): Gain[] {
  const first = new Map(before.map((s) => [s.id, s.share]));
  return after
    .flatMap((s) => {
      const was = first.get(s.id);
      return was === undefined
        ? []
        : [{ id: s.id, before: was, after: s.share, gain: s.share - was }];
    })
    .sort((a, b) => a.gain - b.gain || a.id.localeCompare(b.id));
}

export type Skipped = {
  name: string;
  /** A result file's problem, or (for a photo of a code) the code's, or no code found in it. */
  problem: ResultProblem | CodeProblem | 'no-code' | 'duplicate';
};

/** Reads many files at once: the good ones count, each bad one is named with its reason. */
export function readResultFiles(
  inputs: readonly { name: string; text: string }[],
  manifest: Manifest,
  already: readonly ResultFile[] = [],
): { files: ResultFile[]; skipped: Skipped[] } {
  const seen = new Set(already.map((f) => f.id));
  const files: ResultFile[] = [];
  const skipped: Skipped[] = [];
  for (const { name, text } of inputs) {
    const read = readResultFile(text, manifest);
    if (!read.ok) skipped.push({ name, problem: read.problem });
    else if (seen.has(read.file.id)) skipped.push({ name, problem: 'duplicate' });
    else {
      seen.add(read.file.id);
      files.push(read.file);
    }
  }
  return { files, skipped };
}

const csvField = (value: string | number) => {
  const text = String(value);
  // Quote every text field; neutralise a leading formula character so a spreadsheet never runs it.
  return typeof value === 'number'
    ? text
    : `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

/**
 * The figures as CSV for the organiser, with the column headings and row names in the trainer's
 * language (passed in, so this stays free of i18n). A byte-order mark lets spreadsheets read
 * Cyrillic correctly.
 */
export function groupCsv(
  figures: GroupFigures,
  words: {
    section: Record<'questions' | 'indicators' | 'quizzes', string>;
    headings: [string, string, string, string, string];
  },
  name: (section: 'questions' | 'indicators' | 'quizzes', id: string) => string,
): string {
  const rows: (string | number)[][] = [words.headings];
  for (const section of ['questions', 'indicators', 'quizzes'] as const)
    for (const s of figures[section])
      rows.push([
        words.section[section],
        name(section, s.id),
        s.count,
        s.right,
        Math.round(s.share * 100),
      ]);
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export type ScanOutcome = 'new' | 'added' | 'repeat';

/**
 * Adds one result read from a QR code. A code carries one result; codes a participant shows one
 * after another carry the same participant id, so they join one record (a newer result of the
 * same quiz or scenario replaces the older) instead of counting a second participant. The same
 * result again is a repeat and changes nothing.
 */
export function addScanned(
  files: readonly ResultFile[],
  record: ResultFile,
): { files: ResultFile[]; outcome: ScanOutcome } {
  const index = files.findIndex((f) => f.id === record.id);
  const known = files[index];
  if (!known) return { files: [...files, record], outcome: 'new' };
  const has = (list: readonly { key: string; at: string }[], e: { key: string; at: string }) =>
    list.some((x) => x.key === e.key && x.at === e.at);
  if (
    record.quizzes.every((q) => has(known.quizzes, q)) &&
    record.scenarios.every((s) => has(known.scenarios, s))
  )
    return { files: [...files], outcome: 'repeat' };
  const merge = <T extends { key: string }>(old: readonly T[], added: readonly T[]) => [
    ...old.filter((o) => !added.some((a) => a.key === o.key)),
    ...added,
  ];
  const merged: ResultFile = {
    ...known,
    ...(record.label ? { label: record.label } : {}),
    quizzes: merge(known.quizzes, record.quizzes),
    scenarios: merge(known.scenarios, record.scenarios),
  };
  return { files: files.map((f, i) => (i === index ? merged : f)), outcome: 'added' };
}

/**
 * What a load of files read from `before` adds, laid over `latest`: the camera may have added
 * codes while the files were being read, and those must not be overwritten by the load's result.
 */
export function addLoaded(
  before: readonly ResultFile[],
  loaded: readonly ResultFile[],
  latest: readonly ResultFile[],
): ResultFile[] {
  let files = [...latest];
  // Records the load left as they were are the same objects; new or merged ones are not.
  for (const file of loaded) if (!before.includes(file)) files = addScanned(files, file).files;
  return files;
}
