import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Manifest } from '@/content/types';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';

import { MAX_FILE_BYTES, progressFile, readProgressFile } from './progress-file';

const course: Manifest = {
  roles: [],
  assessment: { draw: 20, passMark: 0.8, roleWeight: 3 },
  modules: [
    {
      id: 'm',
      number: 1,
      status: 'ready',
      core: true,
      minutes: 10,
      roles: [],
      lessons: [{ id: 'l', minutes: 5, sections: 4 }],
      scenarios: [{ id: 's', roles: [] }],
      quiz: { questions: 16, draw: 10, passMark: 0.8 },
    },
  ],
};

const quizResult = (score: number, max = 10, passed = score / max >= 0.8) => ({
  at: '2026-11-20T10:00:00.000Z',
  score,
  max,
  passed,
  missed: Array.from({ length: Math.max(0, max - score) }, (_, i) => `q-${i}`),
  met: [],
  recognised: [],
});

const withQuiz = (history: unknown[]) =>
  progressFile({ ...emptyProgress(), quizzes: { m: { history } } } as ProgressData);
const read = (text: string) => readProgressFile(text, course);
const problem = (text: string) => {
  const r = read(text);
  return r.ok ? 'accepted' : r.problem;
};

describe('progress file', () => {
  it('reads back what it wrote', () => {
    const state = { ...emptyProgress(), lessons: { 'm/l': { reached: 2 } } };
    expect(read(progressFile(state))).toEqual({ ok: true, state });
  });

  it('reads a saved value of an older version, migrating it', () => {
    const v1 = readFileSync(
      path.resolve(__dirname, '../../../tests/fixtures/progress/v1.json'),
      'utf8',
    );
    const r = readProgressFile(v1);
    expect(r.ok && r.state.lessons['what-is-trafficking/act-means-purpose']?.reached).toBe(3);
  });

  it('says why it refuses: damaged, not a progress file, newer version, too large', () => {
    const tampered = JSON.parse(progressFile(emptyProgress()));
    tampered.state.lessons = { 'm/l': { reached: -4 } };
    expect(problem(JSON.stringify(tampered))).toBe('damaged');
    expect(problem(JSON.stringify({ kind: 'something-else', version: 2, state: {} }))).toBe(
      'not-progress',
    );
    expect(problem('<html>')).toBe('not-progress');
    expect(problem('{"hello": 1}')).toBe('not-progress');
    expect(problem(JSON.stringify({ kind: 'qorgau-progress', version: 99, state: {} }))).toBe(
      'newer-version',
    );
    expect(problem(' '.repeat(MAX_FILE_BYTES + 1))).toBe('too-large');
    expect(problem(withQuiz(Array.from({ length: 201 }, () => quizResult(9))))).toBe('too-large');
  });

  it('refuses keys that are not content ids, inherited names above all', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const lessons = `{"${key}": {"reached": 1}, "m/l": {"reached": 1}}`;
      const quizzes = `{"${key}": {"history": []}}`;
      const scenarios = `{"${key}": {"history": []}}`;
      for (const part of [
        `{"lessons": ${lessons}, "quizzes": {}, "scenarios": {}}`,
        `{"lessons": {}, "quizzes": ${quizzes}, "scenarios": {}}`,
        `{"lessons": {}, "quizzes": {}, "scenarios": ${scenarios}}`,
      ])
        expect(problem(`{"kind": "qorgau-progress", "version": 2, "state": ${part}}`)).toBe(
          'damaged',
        );
    }
    expect(Object.prototype).not.toHaveProperty('reached');
  });

  it('refuses ids this course does not have, and a file of another course', () => {
    const other = { ...emptyProgress(), lessons: { 'other/lesson': { reached: 1 } } };
    expect(problem(progressFile(other))).toBe('other-course');
    const mixed = {
      ...emptyProgress(),
      lessons: { 'm/l': { reached: 1 }, 'm/gone': { reached: 1 } },
    };
    expect(problem(progressFile(mixed))).toBe('unknown-ids');
  });

  it('refuses results the course cannot give', () => {
    expect(problem(withQuiz([quizResult(9)]))).toBe('accepted');
    expect(problem(withQuiz([quizResult(999, 5, true)]))).toBe('damaged'); // score above max
    expect(problem(withQuiz([quizResult(99, 99, true)]))).toBe('implausible'); // 16 questions
    expect(problem(withQuiz([quizResult(2, 10, true)]))).toBe('implausible'); // not passed
    expect(problem(withQuiz([quizResult(10, 10, false)]))).toBe('implausible');
    expect(problem(withQuiz([{ ...quizResult(9), score: -1 }]))).toBe('damaged');
    expect(problem(withQuiz([{ ...quizResult(9), score: 8.5 }]))).toBe('damaged');
    expect(problem(withQuiz([{ ...quizResult(9), at: 'yesterday' }]))).toBe('damaged');
    expect(problem(withQuiz([{ ...quizResult(9), at: '2026-13-45T99:00:00Z' }]))).toBe('damaged');
    expect(problem(withQuiz([{ ...quizResult(9), at: '2999-01-01T00:00:00.000Z' }]))).toBe(
      'implausible',
    );
    const lessonTooFar = { ...emptyProgress(), lessons: { 'm/l': { reached: 40 } } };
    expect(problem(progressFile(lessonTooFar))).toBe('implausible');
    const scenario = {
      ...emptyProgress(),
      scenarios: {
        'm/s': {
          history: [
            {
              at: '2026-11-20T10:00:00.000Z',
              ending: 'end',
              rating: 'good' as const,
              score: 50,
              choices: ['a'],
              met: [],
              recognised: [],
            },
          ],
        },
      },
    };
    expect(problem(progressFile(scenario))).toBe('implausible');
  });

  it('loads back the download of set-aside data, taking every value it can read', () => {
    const saved = (state: ProgressData) => JSON.stringify({ state, version: 2 });
    const download = JSON.stringify([
      {
        key: 'qorgau.progress',
        value: saved({ ...emptyProgress(), lessons: { 'm/l': { reached: 1 } } }),
      },
      { key: 'qorgau.progress.set-aside.2026-11-20T00:00:00.000Z', value: '{not json' },
      {
        key: 'qorgau.progress.set-aside.2026-11-19T00:00:00.000Z',
        value: saved({ ...emptyProgress(), quizzes: { m: { history: [quizResult(9)] } } }),
      },
    ]);
    const r = read(download);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.lessons['m/l']).toEqual({ reached: 1 });
    expect(r.state.quizzes.m?.history).toHaveLength(1);
    expect(problem(JSON.stringify([{ key: 'x', value: '{not json' }]))).toBe('damaged');
  });
});
