/**
 * The longest progress record the real course allows, for the SCORM suspend_data budget: every
 * lesson read to the end; every quiz (and the final assessment) with an attempt under way that has
 * drawn the questions with the longest answers (as many as the quiz draws) and given each the
 * longest answer it takes, and MAX_HISTORY results asking and missing those, with all their
 * indicators; every scenario with the longest run its graph allows under way and MAX_HISTORY
 * finished runs, each with every indicator the scenario has; the longest address allowed as the
 * last place. Used by the worst-case test and by `npm run bench`.
 */
import type { Question, ScenarioContent } from '../../src/content/types.ts';
import {
  ASSESSMENT_KEY,
  itemKey,
  MAX_HISTORY,
  type ProgressData,
  type QuizResult,
  type ScenarioResult,
} from '../../src/stores/progress-record.ts';
import { suspendCodec, SUSPEND_DATA_LIMIT } from '../../src/stores/suspend-data.ts';
import type { CompiledCourse } from '../content/compile.ts';
import { courseIds } from '../content/course-ids.ts';

/** The longest list a saved record may hold (MAX_LIST in progress-record.ts). */
const LIST_CAP = 200;
const START = Date.parse('2026-01-01T00:00:00.000Z');
/** Years of learning, one result every few hours (to the second, as suspend_data keeps times). */
const when = (n: number) => new Date(START + n * 9_876_000).toISOString();

/** The longest answer the quiz lets a learner give: every option, step, pair, card or phrase. */
function longestAnswer(q: Question): string[] {
  switch (q.type) {
    case 'true-false':
      return ['false'];
    case 'single': {
      // One option only (the one with the longest id): all a single-choice answer can hold.
      const ids = q.options.map((o) => o.id).sort((a, b) => b.length - a.length);
      return ids.slice(0, 1);
    }
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return q.steps.map((s) => s.id);
    case 'matching':
      return q.pairs.map((p) => `${p.id}=${p.id}`);
    case 'categorise':
      return q.cards.map((c) => `${c.id}=${c.category}`);
    case 'spot':
      return q.phrases.map((p) => p.id);
  }
}

/** The n-th of MAX_HISTORY results: scores vary, the best sits in the middle, the last is new. */
const scoreOf = (n: number, max: number) => (n === 77 ? max : (n * 7) % max);

export function worstCaseProgress(course: CompiledCourse): ProgressData {
  const progress: ProgressData = { lessons: {}, quizzes: {}, scenarios: {} };
  let clock = 0;
  const bank: { key: string; q: Question }[] = [];
  for (const m of course.manifest.modules) {
    for (const l of m.lessons)
      progress.lessons[itemKey(m.id, l.id)] = {
        reached: l.sections - 1,
        completedAt: when(clock++),
      };
    const content = course.modules.get(m.id)?.en;
    const questions = content?.quiz?.questions ?? [];
    bank.push(...questions.map((q) => ({ key: `${m.id}/${q.id}`, q })));
    if (m.quiz && questions.length)
      progress.quizzes[m.id] = quizWorstCase(
        questions.map((q) => ({ key: q.id, q })),
        m.quiz.draw,
        () => clock++,
      );
    for (const s of m.scenarios) {
      const scenario = course.scenarios.get(m.id)?.get(s.id)?.en.scenario;
      const nodes = Object.values(scenario?.nodes ?? {});
      const choices = nodes.flatMap((n) => ('choices' in n ? n.choices : []));
      const choiceIds = scenario ? longestRun(scenario) : [];
      const indicators = choices.flatMap((c) => c.indicators);
      const endings = nodes.filter((n) => !('choices' in n)).map((n) => n.id);
      const history: ScenarioResult[] = Array.from({ length: MAX_HISTORY }, (_, n) => ({
        at: when(clock++),
        ending: endings[n % endings.length] ?? 'end',
        rating: (['good', 'acceptable', 'harmful'] as const)[n % 3]!,
        score: scoreOf(n, 100),
        choices: choiceIds,
        met: indicators,
        recognised: indicators,
      }));
      progress.scenarios[itemKey(m.id, s.id)] = {
        run: { choices: choiceIds, startedAt: when(clock++) },
        history,
      };
    }
  }
  progress.quizzes[ASSESSMENT_KEY] = quizWorstCase(
    bank,
    course.manifest.assessment.draw,
    () => clock++,
  );
  progress.lastVisited = { path: `/${'x'.repeat(299)}`, at: when(clock++) };
  return progress;
}

/**
 * The choices of the longest run a learner can make from the start to an ending (a run takes one
 * choice per decision). Should a scenario ever loop, a run is as long as the record allows.
 */
function longestRun(scenario: ScenarioContent): string[] {
  const best = new Map<string, string[]>();
  const walk = (id: string, on: Set<string>): string[] => {
    const node = scenario.nodes[id];
    if (!node || node.type !== 'situation') return [];
    if (on.has(id)) throw new RangeError('loop');
    const known = best.get(id);
    if (known) return known;
    on.add(id);
    const paths = node.choices.map((c) => [c.id, ...walk(c.next, on)]);
    on.delete(id);
    const longest = paths.reduce((a, b) => (b.length > a.length ? b : a), []);
    best.set(id, longest);
    return longest;
  };
  try {
    return walk(scenario.start, new Set());
  } catch {
    const all = Object.values(scenario.nodes).flatMap((n) =>
      n.type === 'situation' ? n.choices.map((c) => c.id) : [],
    );
    return Array.from({ length: LIST_CAP }, (_, i) => all[i % all.length]!);
  }
}

/** The `draw` questions whose answers and indicators take the most room. */
function quizWorstCase(bank: { key: string; q: Question }[], draw: number, tick: () => number) {
  const room = (x: { key: string; q: Question }) =>
    x.key.length + longestAnswer(x.q).join('').length + 4 * x.q.indicators.length;
  const questions = [...bank].sort((a, b) => room(b) - room(a)).slice(0, draw);
  const keys = questions.map((x) => x.key);
  const indicators = questions.flatMap((x) => x.q.indicators);
  const history: QuizResult[] = Array.from({ length: MAX_HISTORY }, (_, n) => {
    const score = scoreOf(n, keys.length);
    return {
      at: when(tick()),
      score,
      max: keys.length,
      passed: score >= 0.8 * keys.length,
      asked: keys,
      missed: keys.slice(score),
      met: indicators,
      recognised: indicators,
    };
  });
  return {
    attempt: {
      seed: -2_147_483_648,
      questionIds: keys,
      answers: Object.fromEntries(questions.map((x) => [x.key, longestAnswer(x.q)])),
      startedAt: when(tick()),
    },
    history,
  };
}

export interface SuspendFigures {
  /** The worst case as written to the LMS (trimmed to fit). */
  largest: number;
  /** The same record with nothing left out. */
  untrimmed: number;
  limit: number;
}

export function benchSuspendData(course: CompiledCourse): SuspendFigures {
  const codec = suspendCodec(courseIds(course));
  const worst = worstCaseProgress(course);
  return {
    largest: codec.fit(worst).length,
    untrimmed: codec.encode(worst).length,
    limit: SUSPEND_DATA_LIMIT,
  };
}
