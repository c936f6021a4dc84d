import type { ModuleContent, Question } from '@/content/types';

import { assessmentBank, assessmentModule, roleWeighting } from './assessment';
import { drawQuestions } from './quiz-engine';
import { single } from './test-questions';

const forRole = (id: string, roles: string[]): Question => ({ ...single, id, roles });

describe('final assessment', () => {
  it('takes every module’s questions, each id carrying its module', () => {
    const modules = [
      { id: 'one', quiz: { draw: 1, passMark: 0.8, questions: [forRole('q', [])] } },
      { id: 'two', quiz: { draw: 1, passMark: 0.8, questions: [forRole('q', [])] } },
      { id: 'three' },
    ] as unknown as ModuleContent[];
    const ids = assessmentBank(modules).map((q) => q.id);
    expect(ids).toEqual(['one/q', 'two/q']);
    expect(ids.map(assessmentModule)).toEqual(['one', 'two']);
    expect(assessmentModule('no-module')).toBeUndefined();
  });

  it('weighs questions for the learner’s role by the role weight, others by 1', () => {
    const weigh = roleWeighting('police', 3);
    expect(weigh(forRole('a', ['police', 'teacher']))).toBe(3);
    expect(weigh(forRole('b', ['teacher']))).toBe(1);
    expect(roleWeighting(undefined, 3)(forRole('a', ['police']))).toBe(1);
  });

  it('draws questions for the learner’s role more often', () => {
    // Ten questions, two of them for police; draw three, many times over.
    const bank = Array.from({ length: 10 }, (_, i) => forRole(`q${i}`, i < 2 ? ['police'] : []));
    const share = (role: string | undefined) => {
      let drawn = 0;
      for (let seed = 1; seed <= 400; seed++) {
        const ids = drawQuestions(bank, 3, seed, roleWeighting(role, 3));
        drawn += ids.filter((id) => id === 'q0' || id === 'q1').length;
      }
      return drawn / (400 * 3);
    };
    // Unweighted, two questions in ten fill about 20% of the draws; weighted 3×, well over that.
    expect(share(undefined)).toBeGreaterThan(0.15);
    expect(share(undefined)).toBeLessThan(0.25);
    expect(share('police')).toBeGreaterThan(0.35);
  });
});
