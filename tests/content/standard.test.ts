/**
 * Every written module of the real course is held to the standard in every language; and the
 * checker itself, on a small module that just meets the standard, fails on each rule broken.
 */
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import { indicatorCoverage } from '../../scripts/content/indicator-coverage';
import { STANDARD, checkCourse, checkModule, type WrittenModule } from '../../scripts/content/standard';
import { LOCALES, type Locale } from '../../src/content/locales';
import type {
  ManifestModule,
  Question,
  ScenarioContent,
  ScenarioNode,
} from '../../src/content/types';

const CONTENT = path.resolve(__dirname, '../../content');

describe('the real course', () => {
  it('reads each scenario from its own chunk: one missing in a language counts short there', async () => {
    const compiled = await compileCourse(CONTENT);
    const [id, byScenario] = [...compiled.scenarios].find(([, s]) => s.size > 0)!;
    const [scenarioId, chunks] = [...byScenario][0]!;
    byScenario.set(scenarioId, { en: chunks.en, kk: chunks.kk } as typeof chunks);
    const report = checkCourse(compiled).find((r) => r.id === id);
    const count = byScenario.size - 1;
    expect(report?.problems).toContainEqual(
      `ru: ${count} scenario${count === 1 ? '' : 's'} (needs ${STANDARD.scenarios})`,
    );
    expect(report?.counts.find((c) => c.locale === 'en')?.scenarios).toBe(byScenario.size);
  });

  it('holds every written module to the standard in every language', async () => {
    const compiled = await compileCourse(CONTENT);
    const reports = checkCourse(compiled);
    expect(reports.map((r) => r.id)).toEqual(compiled.manifest.modules.map((m) => m.id));
    const written = reports.filter((r) => r.status !== 'planned');
    expect(written.length).toBeGreaterThan(0);
    for (const report of written) {
      expect(report.problems, `Module ${report.number} (${report.id})`).toEqual([]);
      expect(report.counts.map((c) => c.locale)).toEqual([...LOCALES]);
    }
  });

  it('teaches every indicator of every verified group in a lesson and tests it in a question or scenario', async () => {
    const { indicatorCoverage: indicators, indicators: taxonomy } = await compileCourse(CONTENT);
    const groups = taxonomy[LOCALES[0]].groups.map((g) => g.id);
    const report = indicatorCoverage(indicators, groups);
    expect(report.verified.length).toBeGreaterThan(0);
    for (const g of report.verified) {
      expect(g.notTaught, `${g.group}: not taught in any lesson checklist`).toEqual([]);
      expect(g.notTested, `${g.group}: not tested by any question or scenario`).toEqual([]);
    }
  });
});

/* A module that meets the standard exactly, built fresh for each test so each can break one rule. */

const words = (n: number, locale: Locale) => Array.from({ length: n }, (_, i) => `${locale}${i}`).join(' ');

function lesson(id: string, locale: Locale, n: number = STANDARD.wordsPerLesson) {
  // Heading (2 words) + body: the heading counts, like the compiler's count of the Markdown.
  return {
    id,
    title: id,
    sections: [{ heading: 'Two words', body: [['p', null, words(n - 2, locale)] as ['p', null, string]] }],
    sources: [],
  };
}

/** A chain of situations s1…sN, each with a good and a weaker choice, ending good or harmful. */
function scenario(id: string, decisions: number = STANDARD.decisionPoints): ScenarioContent {
  const nodes: Record<string, ScenarioNode> = {};
  for (let i = 1; i <= decisions; i++) {
    const next = i === decisions ? 'end-good' : `s${i + 1}`;
    nodes[`s${i}`] = {
      id: `s${i}`,
      type: 'situation',
      narration: ['What now?'],
      dialogue: i === 1 ? [{ speaker: 'Aigerim', text: 'Hello.' }] : [],
      choices: [
        { id: 'good', text: 'Listen', feedback: ['Yes'], score: 2, indicators: i === 1 ? ['deception'] : [], next },
        { id: 'weak', text: 'Ignore', feedback: ['No'], score: 0, indicators: [], next: i === decisions ? 'end-harm' : next },
      ],
      facilitator: 'Ask the room why.',
    };
  }
  nodes['end-good'] = { id: 'end-good', type: 'ending', rating: 'good', narration: ['Safe.'], debrief: ['Well done.'], facilitator: 'Draw out why.' };
  nodes['end-harm'] = { id: 'end-harm', type: 'ending', rating: 'harmful', narration: ['Lost.'], debrief: ['What went wrong.'], facilitator: 'Discuss.' };
  return { id, title: id, summary: 's', roles: ['teacher'], goodResponse: { text: ['g'], byRole: {} }, discussion: ['Why?'], start: 's1', nodes };
}

const TYPES = ['single', 'multiple', 'true-false', 'ordering'] as const;
function question(i: number): Question {
  const base = { id: `q${i}`, lesson: 'l1', indicators: [], roles: [], prompt: 'p' };
  const type = TYPES[i % TYPES.length] as (typeof TYPES)[number];
  if (type === 'true-false') return { ...base, type, answer: true, feedback: { true: 'y', false: 'n' } };
  if (type === 'ordering') return { ...base, type, steps: [{ id: 'a', text: 'a', feedback: 'f' }] };
  return { ...base, type, options: [{ id: 'a', text: 'a', feedback: 'f', correct: true }] };
}

function content(locale: Locale): WrittenModule {
  return {
    id: 'sample',
    locale,
    title: 't',
    summary: 's',
    objectives: ['Do a thing'],
    keyPoints: ['A point'],
    lessons: ['l1', 'l2', 'l3'].map((id) => lesson(id, locale)),
    scenarios: [scenario('case-a'), scenario('case-b')],
    quiz: { draw: 10, passMark: 0.8, questions: Array.from({ length: STANDARD.questions }, (_, i) => question(i)) },
    sources: [{ id: 'src', title: 't', publisher: 'p', url: 'https://example.org/page', checked: '2026-12-01' }],
    indicators: {},
    terms: {},
  };
}

let manifest: ManifestModule;
let contents: Record<Locale, WrittenModule>;
beforeEach(() => {
  manifest = {
    id: 'sample',
    number: 2,
    status: 'ready',
    core: true,
    minutes: 45,
    roles: ['teacher'],
    lessons: [],
    scenarios: [
      { id: 'case-a', roles: ['teacher'] },
      { id: 'case-b', roles: ['police'] },
    ],
  };
  contents = { kk: content('kk'), ru: content('ru'), en: content('en') };
});

const check = () => checkModule(manifest, contents);
/** Breaks the module in every language. */
const everywhere = (change: (c: WrittenModule) => void) => LOCALES.forEach((l) => change(contents[l]));
const firstScenario = (c: WrittenModule) => c.scenarios[0] as ScenarioContent;

describe('the standard checker', () => {
  it('passes a module that just meets the standard, with its counts per language', () => {
    const report = check();
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('complete');
    expect(report.counts[0]).toEqual({
      locale: 'kk',
      lessons: 3,
      minWords: 400,
      scenarios: 2,
      minDecisions: 4,
      questions: 10,
      questionTypes: 4,
    });
  });

  it('lists a planned module as planned, with nothing to check', () => {
    manifest.status = 'planned';
    expect(checkModule(manifest, undefined)).toMatchObject({ status: 'planned', problems: [] });
  });

  it('fails a module that is missing a language', () => {
    const withoutRu: Partial<Record<Locale, WrittenModule>> = { ...contents };
    delete withoutRu.ru;
    expect(checkModule(manifest, withoutRu).problems).toEqual(['ru: no content in this language']);
  });

  it.each([
    ['objectives', (c: WrittenModule) => (c.objectives = []), 'no objectives'],
    ['key points', (c: WrittenModule) => (c.keyPoints = ['  ']), 'no key points for the handout'],
    ['sources', (c: WrittenModule) => (c.sources = []), 'no sources'],
    ['lessons', (c: WrittenModule) => c.lessons.pop(), '2 lessons (needs 3)'],
    ['scenarios', (c: WrittenModule) => c.scenarios.pop(), '1 scenario (needs 2)'],
    ['questions', (c: WrittenModule) => c.quiz?.questions.pop(), '9 questions (needs 10)'],
    [
      'question types',
      (c: WrittenModule) => c.quiz?.questions.forEach((q, i) => i % 4 === 3 && Object.assign(q, question(0))),
      '3 question types (needs 4)',
    ],
  ])('fails a module without enough %s', (_, change, problem) => {
    everywhere(change);
    expect(check()).toMatchObject({ status: 'incomplete', problems: [`kk, ru, en: ${problem}`] });
  });

  it('fails a module without a question bank', () => {
    everywhere((c) => delete c.quiz);
    expect(check().problems).toEqual([
      'kk, ru, en: 0 questions (needs 10)',
      'kk, ru, en: 0 question types (needs 4)',
    ]);
  });

  it('fails a module without estimated time or roles', () => {
    manifest.minutes = 0;
    manifest.roles = [];
    expect(check().problems).toEqual(['kk, ru, en: no estimated time (minutes)', 'kk, ru, en: no roles']);
  });

  it('fails a lesson one word short in one language only, naming lesson and language', () => {
    contents.kk.lessons[1] = lesson('l2', 'kk', STANDARD.wordsPerLesson - 1);
    const report = check();
    expect(report.problems).toEqual(['kk: lesson "l2" has 399 words (needs 400)']);
    expect(report.counts.map((c) => c.minWords)).toEqual([399, 400, 400]);
  });

  it('fails a scenario with a path of three decision points, even if another path has four', () => {
    everywhere((c) => {
      const s1 = firstScenario(c).nodes.s1 as Extract<ScenarioNode, { type: 'situation' }>;
      // A shortcut from the first situation straight to the third: s1 → s3 → s4 → end.
      (s1.choices[1] as { next: string }).next = 's3';
    });
    expect(check().problems).toEqual([
      'kk, ru, en: scenario "case-a": a path reaches an ending after 3 decision points (every path needs 4)',
    ]);
  });

  it('counts decision points on the shortest path even when a choice loops back', () => {
    everywhere((c) => {
      const s2 = firstScenario(c).nodes.s2 as Extract<ScenarioNode, { type: 'situation' }>;
      (s2.choices[1] as { next: string }).next = 's1';
    });
    expect(check().problems).toEqual([]);
  });

  it.each([
    ['no roles', () => ((manifest.scenarios[0] as { roles: string[] }).roles = []), 'is written for no role'],
    [
      'no dialogue',
      () => everywhere((c) => Object.values(firstScenario(c).nodes).forEach((n) => n.type === 'situation' && (n.dialogue = []))),
      'has no dialogue',
    ],
    [
      'no indicator tag',
      () =>
        everywhere((c) =>
          Object.values(firstScenario(c).nodes).forEach((n) => n.type === 'situation' && n.choices.forEach((ch) => (ch.indicators = []))),
        ),
      'has no choice tagged with an indicator',
    ],
    [
      'no good ending',
      () => everywhere((c) => Object.assign(firstScenario(c).nodes['end-good'] as object, { rating: 'acceptable' })),
      'has no ending rated good',
    ],
    [
      'no harmful or acceptable ending',
      () => everywhere((c) => Object.assign(firstScenario(c).nodes['end-harm'] as object, { rating: 'good' })),
      'has no ending rated harmful or acceptable',
    ],
    [
      'an unrated ending',
      () => everywhere((c) => Object.assign(firstScenario(c).nodes['end-harm'] as object, { rating: undefined })),
      'endings end-harm are not rated',
    ],
    ['no discussion question', () => everywhere((c) => (firstScenario(c).discussion = [])), 'has no discussion question'],
  ])('fails a scenario with %s', (_, change, problem) => {
    change();
    expect(check().problems).toContainEqual(expect.stringMatching(new RegExp(`scenario "case-a":? ${problem}`)));
  });

  it('fails a scenario with a node without a facilitator note in one language, naming the node', () => {
    delete contents.ru.scenarios[1]?.nodes['end-harm']?.facilitator;
    expect(check().problems).toEqual(['ru: scenario "case-b": 1 of 6 nodes have no facilitator note (end-harm)']);
  });
});
