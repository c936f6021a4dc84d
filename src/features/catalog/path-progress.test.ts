import type { Manifest } from '@/content/types';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';

import { nextStep } from './next-step';
import { hoursAndMinutes, pathProgress } from './path-progress';

const manifest: Manifest = {
  roles: ['police', 'teacher'],
  assessment: { draw: 10, passMark: 0.8, roleWeight: 3 },
  modules: [
    {
      id: 'one',
      number: 1,
      status: 'ready',
      core: true,
      minutes: 30,
      roles: [],
      lessons: [{ id: 'intro', minutes: 10, sections: 2 }],
      scenarios: [
        { id: 'market', roles: ['police'] },
        { id: 'school', roles: ['teacher'] },
      ],
      quiz: { questions: 4, draw: 2, passMark: 0.8 },
    },
  ],
};

const at = '2026-03-01T09:00:00.000Z';
const withIntroDone = (): ProgressData => ({
  ...emptyProgress(),
  lessons: { 'one/intro': { reached: 1, completedAt: at } },
});

describe("progress along a role's path", () => {
  it('counts only the steps on the path, and the minutes of those not done', () => {
    // 30 min − 10 for the lesson = 20, shared by two scenarios and the quiz.
    expect(pathProgress(emptyProgress(), manifest, 'police')).toEqual({
      done: 0,
      total: 3,
      minutesLeft: 24,
    });
    expect(pathProgress(withIntroDone(), manifest, 'police')).toEqual({
      done: 1,
      total: 3,
      minutesLeft: 14,
    });
  });

  it('counts every step of the course without a role', () => {
    expect(pathProgress(emptyProgress(), manifest, undefined).total).toBe(4);
  });

  it("does not count another role's scenario as done or left", () => {
    const progress: ProgressData = {
      ...withIntroDone(),
      scenarios: {
        'one/school': {
          history: [
            { at, ending: 'end', rating: 'good', score: 1, choices: [], met: [], recognised: [] },
          ],
        },
      },
    };
    expect(pathProgress(progress, manifest, 'police').done).toBe(1);
  });

  it('offers the next step on the path, skipping scenarios written for other roles', () => {
    expect(nextStep(withIntroDone(), manifest, '/modules/one/lessons/intro', 'teacher')).toEqual({
      kind: 'next',
      item: { kind: 'scenario', moduleId: 'one', id: 'school' },
    });
    expect(nextStep(withIntroDone(), manifest, '/modules/one/lessons/intro', 'police')).toEqual({
      kind: 'next',
      item: { kind: 'scenario', moduleId: 'one', id: 'market' },
    });
  });

  it('writes long times as hours and minutes', () => {
    expect(hoursAndMinutes(135)).toEqual({ hours: 2, minutes: 15 });
    expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
  });
});
