/**
 * The course's code book for result QR codes (src/lib/result-code.ts): every id a result names,
 * in a fixed order, so a code carries small indexes instead of ids. Its SHA-256 is the course
 * version a code carries: a code made by another version of the course (another code book) is
 * refused instead of being read with the wrong ids.
 */
import { createHash } from 'node:crypto';

import type { Codebook, ModuleContent, ScenarioChunk } from '../../src/content/types.ts';
import type { Locale } from '../../src/content/locales.ts';
import type { ContentProblem } from './errors.ts';

/** A code stores each index in one byte, so no list may be longer than this. */
export const MAX_CODEBOOK_LIST = 256;

export function courseCodebook(
  indicators: readonly string[],
  modules: ReadonlyMap<string, Record<Locale, ModuleContent>>,
  scenarios: ReadonlyMap<string, ReadonlyMap<string, Record<Locale, ScenarioChunk>>>,
): Codebook {
  // Ids are the same in every language; English is as good as any to read them from.
  const lists = {
    indicators: [...indicators],
    quizzes: [...modules].flatMap(([id, content]) =>
      content.en.quiz ? [{ id, questions: content.en.quiz.questions.map((q) => q.id) }] : [],
    ),
    scenarios: [...scenarios].flatMap(([moduleId, byId]) =>
      [...byId].map(([id, chunk]) => {
        const nodes = Object.values(chunk.en.scenario.nodes);
        const choices = new Set(
          nodes.flatMap((n) => (n.type === 'situation' ? n.choices.map((c) => c.id) : [])),
        );
        return {
          key: `${moduleId}/${id}`,
          endings: nodes.filter((n) => n.type === 'ending').map((n) => n.id),
          situations: nodes.filter((n) => n.type === 'situation').length,
          choices: [...choices],
        };
      }),
    ),
  };
  const version = createHash('sha256').update(JSON.stringify(lists)).digest('hex').slice(0, 8);
  return { version, ...lists };
}

/** Lists too long for one-byte indexes (a content problem: the code format would need a change). */
export function codebookProblems(book: Codebook): ContentProblem[] {
  const long = (what: string, list: readonly unknown[]) =>
    list.length > MAX_CODEBOOK_LIST
      ? [{ file: 'content/', message: `${what}: ${list.length} ids, more than a result code can index (${MAX_CODEBOOK_LIST})` }]
      : [];
  return [
    ...long('indicators', book.indicators),
    ...long('module quizzes', book.quizzes),
    ...long('scenarios', book.scenarios),
    ...long('final assessment questions', book.quizzes.flatMap((q) => q.questions)),
    ...book.scenarios.flatMap((s) => [...long(`${s.key} endings`, s.endings), ...long(`${s.key} choices`, s.choices)]),
  ];
}
