import { manifest } from '@/content/loader';
import { readResultFile, resultFileText } from '@/lib/result-file';
import { emptyProgress, type ProgressData } from '@/stores/progress-record';

import { randomId, resultForTrainer } from './result-for-trainer';

const module = manifest.modules.find(
  (m) => m.status === 'ready' && m.quiz && m.scenarios.length > 0,
);
if (!module?.quiz) throw new Error('the course has no written module with a quiz and a case');
const at = '2026-12-01T10:00:00.000Z';
const quizResult = (score: number) => ({
  at,
  score,
  max: 2,
  passed: score / 2 >= (module.quiz?.passMark ?? 1),
  asked: ['q-one', 'q-two'],
  missed: score === 2 ? [] : ['q-one'],
  met: ['deception'],
  recognised: score === 2 ? ['deception'] : [],
});
const progress: ProgressData = {
  ...emptyProgress(),
  quizzes: { [module.id]: { history: [quizResult(1), quizResult(2)] } },
  scenarios: {
    [`${module.id}/${module.scenarios[0]?.id}`]: {
      history: [
        {
          at,
          ending: 'end',
          rating: 'good',
          score: 4,
          choices: ['a', 'b'],
          met: [],
          recognised: [],
        },
      ],
    },
  },
};

describe('the result file for the trainer', () => {
  it('holds the latest result of each quiz and case, and reads back as a valid result file', () => {
    const file = resultForTrainer(progress, { id: randomId(), now: new Date(at) });
    expect(file.quizzes).toEqual([{ key: module.id, ...quizResult(2) }]);
    expect(file.scenarios).toHaveLength(1);
    expect(file).not.toHaveProperty('label');
    const read = readResultFile(resultFileText(file), manifest);
    expect(read.ok).toBe(true);
  });

  it('carries initials only when the learner typed them, at most ten letters', () => {
    const file = resultForTrainer(progress, {
      id: 'x',
      now: new Date(at),
      initials: '  A. K. Bekova-Smith  ',
    });
    expect(file.label).toBe('A. K. Beko');
    expect(
      resultForTrainer(progress, { id: 'x', now: new Date(at), initials: '   ' }),
    ).not.toHaveProperty('label');
  });

  it('gives every file its own id', () => {
    expect(randomId()).not.toBe(randomId());
    expect(randomId()).toMatch(/^[0-9a-f]{24}$/);
  });
});
