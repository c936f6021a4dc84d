import type { ManifestModule } from '@/content/types';
import { canonical } from '@/lib/canonical';
import { shortDigest } from '@/lib/digest';
import { requiredItems } from '@/stores/module-progress';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';

import {
  certificateCode,
  certificateState,
  possibleCertificates,
  rolePath,
  type CertificateRecord,
} from './certificate-record';

const module = (id: string, status: 'ready' | 'planned' = 'ready'): ManifestModule => ({
  id,
  number: 1,
  status,
  core: true,
  minutes: 10,
  roles: [],
  lessons: [{ id: 'l', minutes: 5, sections: 2 }],
  scenarios: [{ id: 's', roles: [] }],
  quiz: { questions: 10, draw: 5, passMark: 0.8 },
});
const modules = [module('a'), module('b'), module('c', 'planned')];
const result = (at: string, score: number, max = 20) => ({
  at,
  score,
  max,
  passed: score / max >= 0.8,
  missed: [],
  met: [],
  recognised: [],
});
const scenarioResult = {
  at: '2026-11-20T10:00:00.000Z',
  ending: 'e',
  rating: 'good' as const,
  score: 5,
  choices: ['x'],
  met: [],
  recognised: [],
};

function doneWith(ids: string[], assessment: ReturnType<typeof result>[]): ProgressData {
  const p = emptyProgress();
  for (const id of ids) {
    p.lessons[`${id}/l`] = { reached: 1, completedAt: '2026-11-20T09:00:00.000Z' };
    p.scenarios[`${id}/s`] = { history: [scenarioResult] };
    p.quizzes[id] = { history: [result('2026-11-20T11:00:00.000Z', 5, 5)] };
  }
  p.quizzes['@assessment'] = { history: assessment };
  return p;
}
const settings = { name: 'Айгерим С.', role: 'teacher', locale: 'kk' as const };

describe('certificate', () => {
  it('says what is missing, in path order, until the path is done and the assessment passed', () => {
    const partial = doneWith(['a'], [result('2026-11-21T10:00:00.000Z', 10)]);
    const state = certificateState(partial, settings, modules, '1.0.0');
    expect(state).toEqual({
      ready: false,
      assessmentPassed: false,
      missing: [
        { kind: 'lesson', moduleId: 'b', id: 'l' },
        { kind: 'scenario', moduleId: 'b', id: 's' },
        { kind: 'quiz', moduleId: 'b', id: 'quiz' },
      ],
    });
    // The planned module is not on the path; a path passed in (a role's) is used as given.
    const onlyA = requiredItems([modules[0]!]);
    expect(certificateState(partial, settings, modules, '1.0.0', onlyA)).toMatchObject({
      ready: false,
      missing: [],
      assessmentPassed: false,
    });
  });

  it('names the learner, role, modules, the best pass and the course version', () => {
    const progress = doneWith(
      ['a', 'b'],
      [
        result('2026-11-21T10:00:00.000Z', 16),
        result('2026-11-22T10:00:00.000Z', 19),
        result('2026-11-23T10:00:00.000Z', 12),
      ],
    );
    expect(certificateState(progress, settings, modules, '1.0.0')).toEqual({
      ready: true,
      at: '2026-11-22T10:00:00.000Z',
      record: {
        name: 'Айгерим С.',
        role: 'teacher',
        modules: ['a', 'b'],
        date: '2026-11-22',
        score: 19,
        max: 20,
        version: '1.0.0',
      },
    });
    expect(possibleCertificates(progress, settings, modules, '1.0.0')).toHaveLength(2);
  });

  it('gives a ten-character code from the canonical record that changes with any field', async () => {
    const record: CertificateRecord = {
      name: 'A',
      role: 'police',
      modules: ['a'],
      date: '2026-11-22',
      score: 19,
      max: 20,
      version: '1.0.0',
    };
    const code = await certificateCode(record);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(code.replace('-', '')).toBe(await shortDigest(canonical(record), 10));
    // The same record written in another key order has the same code.
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as CertificateRecord;
    expect(await certificateCode(reordered)).toBe(code);
    for (const changed of [
      { name: 'B' },
      { role: 'teacher' },
      { modules: ['a', 'b'] },
      { date: '2026-11-23' },
      { score: 18 },
      { version: '1.0.1' },
    ])
      expect(await certificateCode({ ...record, ...changed })).not.toBe(code);
  });
});

describe("the learner's path", () => {
  it("is the role's learning path: its modules and the scenarios written for the role", () => {
    const forRole = {
      ...module('r'),
      core: false,
      roles: ['police'],
      scenarios: [{ id: 's', roles: ['police'] }],
    };
    const shared = {
      ...module('a'),
      scenarios: [
        { id: 's', roles: ['police'] },
        { id: 't', roles: ['teacher'] },
      ],
    };
    const manifest = {
      roles: [],
      assessment: { draw: 20, passMark: 0.8, roleWeight: 3 },
      modules: [shared, forRole],
    };
    expect(rolePath(manifest, 'teacher').map((i) => `${i.moduleId}/${i.id}`)).toEqual([
      'a/l',
      'a/t',
      'a/quiz',
    ]);
    expect(rolePath(manifest, 'police').map((i) => `${i.moduleId}/${i.id}`)).toEqual([
      'a/l',
      'a/s',
      'a/quiz',
      'r/l',
      'r/s',
      'r/quiz',
    ]);
  });
});
