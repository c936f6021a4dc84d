import type { Manifest } from '@/content/types';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';

import { nextStep } from './next-step';

const manifest: Manifest = {
  roles: ['teacher'],
  assessment: { draw: 10, passMark: 0.8, roleWeight: 3 },
  modules: [
    {
      id: 'one',
      number: 1,
      status: 'ready',
      core: true,
      minutes: 10,
      roles: [],
      lessons: [{ id: 'intro', minutes: 5, sections: 2 }],
      scenarios: [],
      quiz: { questions: 4, draw: 2, passMark: 0.8 },
    },
  ],
};

const at = '2026-03-01T09:00:00.000Z';
const result = { at, score: 2, max: 2, passed: true, missed: [], met: [], recognised: [] };

function doneWithModule(): ProgressData {
  return {
    ...emptyProgress(),
    lessons: { 'one/intro': { reached: 1, completedAt: at } },
    quizzes: { one: { history: [result] } },
    lastVisited: { path: '/modules/one/quiz', at },
  };
}

describe('the next step on the home screen', () => {
  it('continues the item the learner stopped at while it is unfinished', () => {
    const progress = {
      ...emptyProgress(),
      lastVisited: { path: '/modules/one/lessons/intro', at },
    };
    expect(nextStep(progress, manifest, progress.lastVisited.path).kind).toBe('continue');
  });

  it('points past a finished item to the next unfinished step of the module', () => {
    const progress: ProgressData = {
      ...emptyProgress(),
      lessons: { 'one/intro': { reached: 1, completedAt: at } },
    };
    expect(nextStep(progress, manifest, '/modules/one/lessons/intro')).toEqual({
      kind: 'next',
      item: { kind: 'quiz', moduleId: 'one', id: 'quiz' },
    });
  });

  it('offers the final assessment, not the module quiz, once every module is done', () => {
    expect(nextStep(doneWithModule(), manifest, '/modules/one/quiz').kind).toBe('assessment');
  });

  it('says the course is finished once the assessment is passed', () => {
    const progress = doneWithModule();
    progress.quizzes['@assessment'] = { history: [result] };
    expect(nextStep(progress, manifest, '/modules/one/quiz').kind).toBe('finished');
  });
});
