import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { worstCaseProgress } from '../../scripts/bench/suspend-worst-case';
import { compileCourse } from '../../scripts/content/compile';
import { ASSESSMENT_ID, courseIds } from '../../scripts/content/course-ids';
import { idCode } from './compact-codec';
import {
  ASSESSMENT_KEY,
  PROGRESS_VERSION,
  progressRecord,
  type ProgressData,
  type QuizResult,
} from './progress-record';
import { SUSPEND_DATA_LIMIT, SUSPEND_DATA_RECORD_VERSION, suspendCodec } from './suspend-data';

const course = compileCourse(path.resolve(__dirname, '../../content'));

const result = (at: string, score: number, extra: Partial<QuizResult> = {}): QuizResult => ({
  at,
  score,
  max: 10,
  passed: score >= 8,
  missed: [],
  met: [],
  recognised: [],
  ...extra,
});

const sample: ProgressData = {
  lessons: {
    'what-is-trafficking/act-means-purpose': {
      reached: 3,
      completedAt: '2026-05-01T10:00:00.000Z',
    },
    'what-is-trafficking/consent-and-children': { reached: 1 },
  },
  quizzes: {
    'what-is-trafficking': {
      attempt: {
        seed: -123456,
        questionIds: ['spot-the-signs', 'indicator-to-ilo'],
        answers: { 'spot-the-signs': ['p1', 'x=y'], 'indicator-to-ilo': [] },
        startedAt: '2026-05-02T09:00:05.000Z',
      },
      history: [
        result('2026-05-01T11:00:00.000Z', 6, {
          asked: ['stages-of-a-case'],
          max: 1,
          score: 0,
          passed: false,
          missed: ['stages-of-a-case'],
        }),
      ],
    },
    [ASSESSMENT_KEY]: { history: [result('2026-05-03T08:00:00.000Z', 9)] },
  },
  scenarios: {
    'what-is-trafficking/college-waitress-job': {
      run: { choices: ['not-a-known-choice'], startedAt: '2026-05-04T08:00:00.000Z' },
      history: [
        {
          at: '2026-05-04T07:00:00.000Z',
          ending: 'some-ending',
          rating: 'acceptable',
          score: 4,
          choices: ['a', 'b'],
          met: ['debt-bondage'],
          recognised: [],
        },
      ],
    },
  },
  lastVisited: {
    path: '/modules/what-is-trafficking/lessons/act-means-purpose',
    at: '2026-05-04T08:00:00.000Z',
  },
};

describe('the suspend_data encoding', () => {
  it('reads back exactly what it wrote, in far fewer characters than JSON', async () => {
    const codec = suspendCodec(courseIds(await course));
    const text = codec.encode(sample);
    expect(codec.decode(text)).toEqual(sample);
    expect(text.length).toBeLessThan(JSON.stringify(sample).length / 2);
    // Printable ASCII only: nothing an LMS could mangle in storage.
    expect(text).toMatch(/^[\x21-\x7e]+$/);
  });

  it('keeps ids whose hashes collide apart, by writing them out', () => {
    const ids = ['alpha', 'beta'];
    // Find a string with the same hash as "alpha".
    let twin = '';
    for (let i = 0; !twin; i++) if (idCode(`x${i}`) === idCode('alpha')) twin = `x${i}`;
    const codec = suspendCodec([...ids, twin]);
    const p: ProgressData = {
      lessons: { [`${twin}/beta`]: { reached: 0 }, 'alpha/beta': { reached: 1 } },
      quizzes: {},
      scenarios: {},
    };
    expect(codec.decode(codec.encode(p))).toEqual(p);
  });

  it('refuses text that is not its own, cut short, or names an id the course does not have', async () => {
    const codec = suspendCodec(courseIds(await course));
    const text = codec.encode(sample);
    for (const bad of ['', '{"state":{}}', text.slice(0, -3), `${text}A`, text.replace(/^Q/, 'R')])
      expect(() => codec.decode(bad), bad).toThrow();
    // A package without those ids (another course) cannot read it.
    expect(() => suspendCodec(['unrelated']).decode(text)).toThrow();
  });

  it('reads what an older package wrote once the course has grown (ids, not positions)', async () => {
    const ids = courseIds(await course);
    const text = suspendCodec(ids).encode(sample);
    expect(suspendCodec(['new-module', 'new-module/new-lesson', ...ids]).decode(text)).toEqual(
      sample,
    );
  });

  it('writes the record version the progress store uses (update the encoding with the record)', () => {
    expect(SUSPEND_DATA_RECORD_VERSION).toBe(PROGRESS_VERSION);
    expect(ASSESSMENT_ID).toBe(ASSESSMENT_KEY);
  });
});

describe('the worst case: every item of the course filled with the longest history', () => {
  it(`stays within ${SUSPEND_DATA_LIMIT} characters and keeps every lesson and each best and latest result`, async () => {
    const compiled = await course;
    const codec = suspendCodec(courseIds(compiled));
    const worst = worstCaseProgress(compiled);
    expect(codec.encode(worst).length).toBeGreaterThan(SUSPEND_DATA_LIMIT * 10);

    const text = codec.fit(worst);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = progressRecord.validate(codec.decode(text));
    expect(back).not.toBeNull();
    expect(back!.lessons).toEqual(worst.lessons);
    const lessonCount = compiled.manifest.modules.flatMap((m) => m.lessons).length;
    expect(Object.keys(back!.lessons)).toHaveLength(lessonCount);

    for (const [key, quiz] of Object.entries(worst.quizzes)) {
      const kept = back!.quizzes[key]!.history;
      const latest = quiz.history.at(-1)!;
      const best = quiz.history.reduce((a, b) => (b.score / b.max > a.score / a.max ? b : a));
      expect(kept.at(-1)).toMatchObject({
        at: latest.at,
        score: latest.score,
        max: latest.max,
        passed: latest.passed,
      });
      expect(kept.some((r) => r.at === best.at && r.score === best.score && r.passed)).toBe(true);
    }
    for (const [key, scenario] of Object.entries(worst.scenarios)) {
      const kept = back!.scenarios[key]!.history;
      const latest = scenario.history.at(-1)!;
      const best = scenario.history.reduce((a, b) => (b.score > a.score ? b : a));
      expect(kept.at(-1)).toMatchObject({
        at: latest.at,
        ending: latest.ending,
        score: latest.score,
      });
      expect(kept.some((r) => r.at === best.at && r.score === best.score)).toBe(true);
    }
  });

  it('keeps the most recently started attempt under way in the worst case', async () => {
    const compiled = await course;
    const codec = suspendCodec(courseIds(compiled));
    const worst = worstCaseProgress(compiled);
    const back = codec.decode(codec.fit(worst));
    // The worst case starts the final assessment's attempt last.
    expect(back.quizzes[ASSESSMENT_KEY]!.attempt).toEqual(worst.quizzes[ASSESSMENT_KEY]!.attempt);
  });

  it('gives up older history first: a record that fits loses nothing', async () => {
    const compiled = await course;
    const codec = suspendCodec(courseIds(compiled));
    expect(codec.decode(codec.fit(sample))).toEqual(sample);
    // A tighter limit drops detail, never the best and latest results.
    const small = codec.decode(codec.fit(sample, codec.encode(sample).length - 1));
    expect(small.quizzes[ASSESSMENT_KEY]!.history).toEqual(sample.quizzes[ASSESSMENT_KEY]!.history);
  });
});
