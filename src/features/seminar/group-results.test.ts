import { describe, expect, it } from 'vitest';

import { resultFileText, type ResultFile } from '@/lib/result-file';
import { testManifest, testModule } from '@/test/manifest';

import {
  addLoaded,
  addScanned,
  gains,
  groupCsv,
  groupFigures,
  readResultFiles,
} from './group-results';

const manifest = testManifest([
  testModule({ id: 'm1', quiz: { questions: 4, draw: 2, passMark: 0.5 } }),
]);

let n = 0;
const participant = (
  missed: string[],
  recognised: string[],
): Omit<ResultFile, 'kind' | 'version'> => ({
  id: `p${(n += 1)}`,
  createdAt: '2026-12-01T09:00:00.000Z',
  quizzes: [
    {
      key: 'm1',
      at: '2026-12-01T09:30:00.000Z',
      asked: ['q1', 'q2'],
      score: 2 - missed.length,
      max: 2,
      passed: 2 - missed.length >= 1,
      missed,
      met: ['debt', 'documents'],
      recognised,
    },
  ],
  scenarios: [],
});
const read = (files: Omit<ResultFile, 'kind' | 'version'>[]) =>
  readResultFiles(
    files.map((f, i) => ({ name: `f${i}.json`, text: resultFileText(f) })),
    manifest,
  ).files;

describe('group results', () => {
  it('gives per question the share right and per indicator the share recognised, hardest first', () => {
    const figures = groupFigures(
      read([
        participant(['q1'], ['debt']),
        participant([], ['debt', 'documents']),
        participant(['q1', 'q2'], []),
      ]),
    );
    expect(figures.participants).toBe(3);
    expect(figures.questions.map((q) => [q.id, q.right, q.count])).toEqual([
      ['m1/q1', 1, 3],
      ['m1/q2', 2, 3],
    ]);
    expect(figures.indicators.map((i) => [i.id, i.right])).toEqual([
      ['documents', 1],
      ['debt', 2],
    ]);
  });

  it('names each bad file with its reason and still counts the good ones', () => {
    const good = resultFileText(participant([], ['debt']));
    const forged = resultFileText({
      ...participant([], []),
      quizzes: [{ ...participant([], []).quizzes[0]!, score: 999 }],
    });
    const otherCourse = resultFileText({
      ...participant([], []),
      scenarios: [
        {
          key: 'm9/x',
          at: '2026-12-01T10:00:00.000Z',
          ending: 'e',
          rating: 'good',
          score: 4,
          choices: [],
          met: [],
          recognised: [],
        },
      ],
    });
    const { files, skipped } = readResultFiles(
      [
        { name: 'good.json', text: good },
        { name: 'again.json', text: good },
        { name: 'forged.json', text: forged },
        { name: 'other.json', text: otherCourse },
        { name: 'broken.json', text: good.slice(0, 40) },
        { name: 'progress.json', text: '{"kind":"qorgau-progress"}' },
      ],
      manifest,
    );
    expect(files).toHaveLength(1);
    expect(skipped).toEqual([
      { name: 'again.json', problem: 'duplicate' },
      { name: 'forged.json', problem: 'damaged' },
      { name: 'other.json', problem: 'other-course' },
      { name: 'broken.json', problem: 'not-json' },
      { name: 'progress.json', problem: 'other-app' },
    ]);
  });

  it('shows the gain from the first morning to the last afternoon', () => {
    const before = groupFigures(
      read([participant(['q1', 'q2'], []), participant(['q1'], ['debt'])]),
    );
    const after = groupFigures(
      read([participant([], ['debt', 'documents']), participant(['q2'], ['debt'])]),
    );
    expect(gains(before.indicators, after.indicators)).toEqual([
      { id: 'debt', before: 0.5, after: 1, gain: 0.5 },
      { id: 'documents', before: 0, after: 0.5, gain: 0.5 },
    ]);
    expect(gains(before.quizzes, after.quizzes)).toEqual([
      { id: 'm1', before: 0.25, after: 0.75, gain: 0.5 },
    ]);
  });

  it('writes CSV a spreadsheet reads safely', () => {
    const figures = groupFigures(read([participant(['q1'], [])]));
    const csv = groupCsv(
      figures,
      {
        section: { questions: 'Вопрос', indicators: 'Признак', quizzes: 'Тест' },
        headings: ['Раздел', 'Что', 'Всего', 'Верно', '%'],
      },
      (_section, id) => (id === 'debt' ? '=HYPERLINK("x")' : id),
    );
    expect(csv.startsWith('\uFEFF"Раздел","Что"')).toBe(true);
    expect(csv).toContain('"Вопрос","m1/q1",1,0,0');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('results read from QR codes', () => {
  const quiz = (at: string): ResultFile => ({
    kind: 'qorgau-result',
    version: 1,
    ...participant([], ['debt']),
    id: 'c0de',
    quizzes: [{ ...participant([], ['debt']).quizzes[0]!, at }],
  });
  const scenario: ResultFile = {
    ...quiz('2026-12-01T09:30:00.000Z'),
    quizzes: [],
    scenarios: [
      {
        key: 'm1/s1',
        at: '2026-12-01T10:00:00.000Z',
        ending: 'end',
        rating: 'good',
        score: 4,
        choices: ['a'],
        met: ['debt'],
        recognised: [],
      },
    ],
  };

  it('counts a new participant, then ignores the same code shown again', () => {
    const first = addScanned([], quiz('2026-12-01T09:30:00.000Z'));
    expect(first.outcome).toBe('new');
    const again = addScanned(first.files, quiz('2026-12-01T09:30:00.000Z'));
    expect(again.outcome).toBe('repeat');
    expect(groupFigures(again.files).participants).toBe(1);
  });

  it("joins a participant's next code to their record instead of counting them twice", () => {
    const { files } = addScanned([], quiz('2026-12-01T09:30:00.000Z'));
    const more = addScanned(files, scenario);
    expect(more.outcome).toBe('added');
    expect(more.files).toHaveLength(1);
    expect(more.files[0]?.scenarios).toHaveLength(1);
    // A newer attempt at the same quiz replaces the older one.
    const retake = addScanned(more.files, quiz('2026-12-01T11:00:00.000Z'));
    expect(retake.outcome).toBe('added');
    expect(retake.files[0]?.quizzes.map((q) => q.at)).toEqual(['2026-12-01T11:00:00.000Z']);
  });

  it('keeps a code scanned while files were still being read', () => {
    const before = addScanned([], quiz('2026-12-01T09:30:00.000Z')).files;
    const fromFile = { ...quiz('2026-12-01T09:30:00.000Z'), id: 'from-file' };
    const loaded = [...before, fromFile];
    const scannedMeanwhile = addScanned(before, { ...scenario, id: 'scanned' }).files;
    const files = addLoaded(before, loaded, scannedMeanwhile);
    expect(files.map((f) => f.id).sort()).toEqual([before[0]!.id, 'from-file', 'scanned'].sort());
  });
});
