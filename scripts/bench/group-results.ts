/**
 * How long seminar mode takes to read and count a large room's result files: 1,000 files, each
 * with every module quiz and every scenario the course has, from the built course's own manifest.
 * The budget (issue 11) is one second on this machine.
 */
import type { Manifest } from '../../src/content/types.ts';
import { groupFigures, readResultFiles } from '../../src/features/seminar/group-results.ts';
import { resultFileText } from '../../src/lib/result-file.ts';

export const GROUP_BUDGET_MS = 1000;

export function benchGroupResults(
  manifest: Manifest,
  count = 1000,
): { files: number; ms: number; bytes: number } {
  const ready = manifest.modules.filter((m) => m.status === 'ready');
  const at = '2026-12-01T10:00:00.000Z';
  const inputs = Array.from({ length: count }, (_, n) => {
    const quizzes = ready.flatMap((m) => {
      if (!m.quiz) return [];
      const asked = Array.from(
        { length: m.quiz.draw },
        (_, i) => `q${(i + n) % m.quiz!.questions}`,
      );
      const missed = asked.filter((_, i) => (i + n) % 4 === 0);
      const score = asked.length - missed.length;
      return [
        {
          key: m.id,
          at,
          asked,
          score,
          max: asked.length,
          passed: score / asked.length >= m.quiz.passMark,
          missed,
          met: ['debt-bondage', 'deception'],
          recognised: n % 2 ? ['deception'] : [],
        },
      ];
    });
    const scenarios = ready.flatMap((m) =>
      m.scenarios.map((s) => ({
        key: `${m.id}/${s.id}`,
        at,
        ending: 'end',
        rating: 'good' as const,
        score: 6,
        choices: ['a', 'b', 'c'],
        met: ['withheld-documents'],
        recognised: ['withheld-documents'],
      })),
    );
    return {
      name: `p${n}.json`,
      text: resultFileText({ id: `p${n}`, createdAt: at, quizzes, scenarios }),
    };
  });
  const bytes = inputs.reduce((sum, i) => sum + i.text.length, 0);
  const start = performance.now();
  const { files } = readResultFiles(inputs, manifest);
  groupFigures(files);
  return { files: files.length, ms: performance.now() - start, bytes };
}
