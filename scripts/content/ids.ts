/** Id checks shared by every content file: ids are unique in their list, and references resolve. */
import type { ContentProblem } from './errors.ts';

/**
 * A problem for each id used more than once in one list: progress and answers are keyed by id,
 * so a duplicate makes a question unanswerable or two lessons share one "done".
 */
export function duplicateIds(
  file: string,
  field: string,
  kind: string,
  ids: Iterable<string>,
): ContentProblem[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      problems.push({ file, field, message: `${kind} id "${id}" is used twice` });
      reported.add(id);
    }
    seen.add(id);
  }
  return problems;
}

/** A problem for each id that names nothing in `known`. */
export function unknownIds(
  file: string,
  field: string,
  kind: string,
  ids: Iterable<string>,
  known: ReadonlySet<string>,
): ContentProblem[] {
  return [...ids]
    .filter((id) => !known.has(id))
    .map((id) => ({ file, field, message: `${kind} "${id}" does not exist` }));
}
