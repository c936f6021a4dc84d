/**
 * The learner's progress as SCORM 1.2 `cmi.suspend_data`: compact (see compact-codec.ts) and never
 * longer than the 4,096 characters SCORM 1.2 allows, however far the learner gets. When the whole
 * record does not fit, detail goes first, in this order — older history entries (never the best
 * or the latest result of a quiz or scenario), the lists inside results other than the latest
 * (questions asked and missed, indicators, choices), those of the latest too, the quiz attempts
 * and scenario runs under way (least recently started first), and the last place visited. What is left — lessons, and the best
 * and latest result of everything — fits with room to spare, and last of all anything that names
 * no part of this course is left out (tests/…/suspend-data.test.ts fills
 * every item of the course to prove it; `npm run bench` prints the figure). Times are kept to the
 * second. Pure.
 */
import {
  bool,
  ids,
  int,
  list,
  map,
  object,
  oneOf,
  optional,
  Reader,
  time,
  uint,
  Writer,
  type Codec,
} from './compact-codec';
import type {
  ProgressData,
  QuizAttempt,
  QuizResult,
  ScenarioResult,
  ScenarioRun,
} from './progress-record';

type Lesson = ProgressData['lessons'][string];
type Quiz = ProgressData['quizzes'][string];
type Scenario = ProgressData['scenarios'][string];

export const SUSPEND_DATA_LIMIT = 4096;
/** The progress-record version this encoding writes and reads (a new one needs a new format). */
export const SUSPEND_DATA_RECORD_VERSION = 3;
/** First character: the format, so a later one can still read (or refuse) this one. */
const FORMAT = 'Q';

function progressCodec(known: readonly string[], base: () => number): Codec<ProgressData> {
  const id = ids(known);
  const idList = list(id);
  const at = time(base);
  const quizResult = object<QuizResult>({
    at,
    score: uint,
    max: uint,
    passed: bool,
    asked: optional(idList),
    missed: idList,
    met: idList,
    recognised: idList,
  });
  const scenarioResult = object<ScenarioResult>({
    at,
    ending: id,
    rating: oneOf(['good', 'acceptable', 'harmful'] as const),
    score: uint,
    choices: idList,
    met: idList,
    recognised: idList,
  });
  return object<ProgressData>({
    lessons: map(id, object<Lesson>({ reached: uint, completedAt: optional(at) })),
    quizzes: map(
      id,
      object<Quiz>({
        attempt: optional(
          object<QuizAttempt>({
            seed: int,
            questionIds: idList,
            answers: map(id, idList),
            startedAt: at,
          }),
        ),
        history: list(quizResult),
      }),
    ),
    scenarios: map(
      id,
      object<Scenario>({
        run: optional(object<ScenarioRun>({ choices: idList, startedAt: at })),
        history: list(scenarioResult),
      }),
    ),
    lastVisited: optional(object<NonNullable<ProgressData['lastVisited']>>({ path: id, at })),
  });
}

/** Every time in the record, for the base the others are counted from. */
function times(p: ProgressData): string[] {
  return [
    ...Object.values(p.lessons).flatMap((l) => (l.completedAt ? [l.completedAt] : [])),
    ...Object.values(p.quizzes).flatMap((q) => [
      ...(q.attempt ? [q.attempt.startedAt] : []),
      ...q.history.map((r) => r.at),
    ]),
    ...Object.values(p.scenarios).flatMap((s) => [
      ...(s.run ? [s.run.startedAt] : []),
      ...s.history.map((r) => r.at),
    ]),
    ...(p.lastVisited ? [p.lastVisited.at] : []),
  ];
}

export interface SuspendCodec {
  /** The record as it is, however long. */
  encode: (progress: ProgressData) => string;
  /** The record trimmed (see the file comment) to fit `limit`; throws if even the least does not. */
  fit: (progress: ProgressData, limit?: number) => string;
  /** Throws on anything that is not this format. The caller still validates the result. */
  decode: (text: string) => ProgressData;
}

export function suspendCodec(known: readonly string[]): SuspendCodec {
  let base = 0;
  const codec = progressCodec(known, () => base);
  const encode = (progress: ProgressData) => {
    const seconds = times(progress).map((t) => Math.round(Date.parse(t) / 1000));
    base = seconds.length ? Math.max(0, Math.min(...seconds)) : 0;
    const w = new Writer();
    w.raw(FORMAT);
    w.uint(base);
    codec.write(w, progress);
    return w.toString();
  };
  return {
    encode,
    fit: (progress, limit = SUSPEND_DATA_LIMIT) => {
      for (const step of TRIMS.slice(0, -2)) {
        const text = encode(step(progress));
        if (text.length <= limit) return text;
      }
      // Then the attempts and runs under way go one by one, least recently started first, so the
      // ones the learner is most likely to come back to stay (how many must go: found by halving).
      const lean = TRIMS[TRIMS.length - 1]!(progress);
      const all = TRIMS[TRIMS.length - 3]!(progress);
      const order = underWay(all);
      let [lo, hi] = [1, order.length];
      let found: string | undefined;
      while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        const text = encode(withoutRuns(all, new Set(order.slice(0, mid))));
        if (text.length <= limit) [found, hi] = [text, mid - 1];
        else lo = mid + 1;
      }
      if (found !== undefined) return found;
      const leanText = encode(lean);
      if (leanText.length <= limit) return leanText;
      // Last: what names no part of this course (left by a file or an older version) goes.
      const inCourse = new Set(known);
      const only = <T>(entries: Record<string, T>) =>
        Object.fromEntries(Object.entries(entries).filter(([k]) => inCourse.has(k)));
      const text = encode({
        lessons: only(lean.lessons),
        quizzes: only(lean.quizzes),
        scenarios: only(lean.scenarios),
      });
      if (text.length <= limit) return text;
      throw new RangeError(`Even the least of the progress record exceeds ${limit} characters.`);
    },
    decode: (text) => {
      if (!text.startsWith(FORMAT)) throw new SyntaxError('not this format');
      const r = new Reader(text.slice(FORMAT.length));
      base = r.uint();
      const progress = codec.read(r);
      if (!r.done) throw new SyntaxError('unexpected text at the end');
      return progress;
    },
  };
}

/** The best result: passed before not passed, then the highest share of the maximum, then newest. */
const quizRank = (r: QuizResult) => [r.passed ? 1 : 0, r.max ? r.score / r.max : 0];
const scenarioRank = (r: ScenarioResult) => [r.score];
const better = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** The last `keep` results, plus the best if it is older; in their order. */
function keepNewest<T>(history: T[], keep: number, rank: (r: T) => number[]): T[] {
  if (history.length <= keep) return history;
  let best = 0;
  history.forEach((r, i) => {
    if (!better(rank(history[best]!), rank(r))) best = i;
  });
  const from = history.length - Math.max(1, keep);
  return history.filter((_, i) => i >= from || i === best);
}

const bare = <T extends { met: string[]; recognised: string[] }>(r: T): T => ({
  ...r,
  met: [],
  recognised: [],
});
const bareQuiz = (r: QuizResult): QuizResult =>
  Object.fromEntries(
    Object.entries({ ...bare(r), missed: [] }).filter(([k]) => k !== 'asked'),
  ) as QuizResult;
const bareScenario = (r: ScenarioResult): ScenarioResult => ({ ...bare(r), choices: [] });
/** Lists stripped from every result but the latest (`all`: from the latest too). */
const strip = <T>(history: T[], bareOne: (r: T) => T, all: boolean) =>
  history.map((r, i) => (all || i < history.length - 1 ? bareOne(r) : r));

interface Trim {
  keep: number;
  bareOlder?: boolean;
  bareAll?: boolean;
  noRuns?: boolean;
  noPlace?: boolean;
}

function trimmed(p: ProgressData, t: Trim): ProgressData {
  const quizzes = Object.fromEntries(
    Object.entries(p.quizzes).map(([k, q]) => {
      let history = keepNewest(q.history, t.keep, quizRank);
      if (t.bareOlder) history = strip(history, bareQuiz, Boolean(t.bareAll));
      return [k, { ...(q.attempt && !t.noRuns ? { attempt: q.attempt } : {}), history }];
    }),
  );
  const scenarios = Object.fromEntries(
    Object.entries(p.scenarios).map(([k, s]) => {
      let history = keepNewest(s.history, t.keep, scenarioRank);
      if (t.bareOlder) history = strip(history, bareScenario, Boolean(t.bareAll));
      return [k, { ...(s.run && !t.noRuns ? { run: s.run } : {}), history }];
    }),
  );
  return {
    lessons: p.lessons,
    quizzes,
    scenarios,
    ...(p.lastVisited && !t.noPlace ? { lastVisited: p.lastVisited } : {}),
  };
}

/** Keys (`q:` quiz, `s:` scenario) of the attempts and runs under way, least recently started first. */
function underWay(p: ProgressData): string[] {
  const started: [string, string][] = [
    ...Object.entries(p.quizzes).flatMap(([k, q]): [string, string][] =>
      q.attempt ? [[`q:${k}`, q.attempt.startedAt]] : [],
    ),
    ...Object.entries(p.scenarios).flatMap(([k, s]): [string, string][] =>
      s.run ? [[`s:${k}`, s.run.startedAt]] : [],
    ),
  ];
  return started.sort((a, b) => Date.parse(a[1]) - Date.parse(b[1])).map(([k]) => k);
}

function withoutRuns(p: ProgressData, gone: Set<string>): ProgressData {
  const quizzes = Object.fromEntries(
    Object.entries(p.quizzes).map(([k, q]) => [k, gone.has(`q:${k}`) ? { history: q.history } : q]),
  );
  const scenarios = Object.fromEntries(
    Object.entries(p.scenarios).map(([k, s]) => [
      k,
      gone.has(`s:${k}`) ? { history: s.history } : s,
    ]),
  );
  return { ...p, quizzes, scenarios };
}

/** From all of it to the least that is kept, each step giving up a little more. */
const TRIMS: ((p: ProgressData) => ProgressData)[] = [
  (p) => p,
  ...[50, 20, 10, 5, 3, 1].map((keep) => (p: ProgressData) => trimmed(p, { keep })),
  (p) => trimmed(p, { keep: 1, bareOlder: true }),
  (p) => trimmed(p, { keep: 1, bareOlder: true, bareAll: true }),
  (p) => trimmed(p, { keep: 1, bareOlder: true, bareAll: true, noRuns: true }),
  (p) => trimmed(p, { keep: 1, bareOlder: true, bareAll: true, noRuns: true, noPlace: true }),
];
