import { itemFromPath, itemPath, moduleItems, nextItem, type CourseItem } from './course-path';
import type { ManifestModule } from './types';

const module: ManifestModule = {
  id: 'm',
  number: 1,
  status: 'ready',
  core: true,
  minutes: 30,
  roles: [],
  lessons: [
    { id: 'first', minutes: 5, sections: 2 },
    { id: 'second', minutes: 5, sections: 3 },
  ],
  scenarios: [{ id: 'case', roles: [] }],
  quiz: { questions: 10, draw: 5, passMark: 0.8 },
};

describe('course paths', () => {
  it('orders a module as lessons, then scenarios, then the quiz', () => {
    expect(moduleItems(module).map((i) => `${i.kind}:${i.id}`)).toEqual([
      'lesson:first',
      'lesson:second',
      'scenario:case',
      'quiz:quiz',
    ]);
  });

  it('leaves the quiz out of a module that has none', () => {
    expect(moduleItems({ ...module, quiz: undefined }).map((i) => i.kind)).not.toContain('quiz');
  });

  it('names the next item, and nothing after the last', () => {
    const second: CourseItem = { kind: 'lesson', moduleId: 'm', id: 'second' };
    expect(nextItem(module, second)).toEqual({ kind: 'scenario', moduleId: 'm', id: 'case' });
    expect(nextItem(module, { kind: 'quiz', moduleId: 'm', id: 'quiz' })).toBeUndefined();
  });

  it('reads each item back from its own address', () => {
    for (const item of moduleItems(module)) expect(itemFromPath(itemPath(item))).toEqual(item);
    expect(itemFromPath('/modules/m')).toEqual({ kind: 'module', moduleId: 'm' });
  });

  it('reads no item from addresses that show none', () => {
    expect(itemFromPath('/progress')).toBeUndefined();
    expect(itemFromPath('/modules/m/handout')).toBeUndefined();
    expect(itemFromPath('/modules/m/scenarios/case/cards')).toBeUndefined();
  });
});
