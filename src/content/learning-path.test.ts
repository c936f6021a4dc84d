import { itemMinutes, pathItems, pathModules } from './learning-path';
import type { Manifest, ManifestModule } from './types';

const module = (id: string, overrides: Partial<ManifestModule> = {}): ManifestModule => ({
  id,
  number: 1,
  status: 'ready',
  core: true,
  minutes: 40,
  roles: ['police', 'teacher'],
  lessons: [
    { id: 'l1', minutes: 8, sections: 3 },
    { id: 'l2', minutes: 12, sections: 3 },
  ],
  scenarios: [
    { id: 'market', roles: ['police'] },
    { id: 'school', roles: ['teacher'] },
    { id: 'both', roles: ['police', 'teacher'] },
  ],
  quiz: { questions: 10, draw: 10, passMark: 0.8 },
  ...overrides,
});

const manifest: Manifest = {
  roles: ['police', 'teacher'],
  assessment: { draw: 10, passMark: 0.8, roleWeight: 3 },
  modules: [
    module('core-one'),
    module('for-police', { core: false, roles: ['police'] }),
    module('planned', { status: 'planned', lessons: [], scenarios: [] }),
    module('core-two'),
  ],
};

describe('learning paths', () => {
  it('takes every written core module, and a module that is not core only for its roles', () => {
    expect(pathModules(manifest, 'police').map((m) => m.id)).toEqual([
      'core-one',
      'for-police',
      'core-two',
    ]);
    expect(pathModules(manifest, 'teacher').map((m) => m.id)).toEqual(['core-one', 'core-two']);
  });

  it("takes a module's lessons, the scenarios written for the role, then the quiz", () => {
    expect(pathItems(module('m'), 'teacher').map((i) => `${i.kind}:${i.id}`)).toEqual([
      'lesson:l1',
      'lesson:l2',
      'scenario:school',
      'scenario:both',
      'quiz:quiz',
    ]);
  });

  it('takes every scenario without a role', () => {
    expect(pathItems(module('m')).filter((i) => i.kind === 'scenario')).toHaveLength(3);
  });

  it("shares the module's time beyond its lessons evenly among its scenarios and quiz", () => {
    const m = module('m');
    expect(itemMinutes(m, { kind: 'lesson', moduleId: 'm', id: 'l2' })).toBe(12);
    // 40 minutes − 20 for lessons = 20 for 3 scenarios and the quiz.
    expect(itemMinutes(m, { kind: 'scenario', moduleId: 'm', id: 'market' })).toBe(5);
    expect(itemMinutes(m, { kind: 'quiz', moduleId: 'm', id: 'quiz' })).toBe(5);
    expect(itemMinutes({ ...m, minutes: 15 }, { kind: 'quiz', moduleId: 'm', id: 'quiz' })).toBe(0);
  });
});
