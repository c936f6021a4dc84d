/**
 * The first checks on a file from outside (a plan, a participant's result): not too large, JSON,
 * an object, and this app's kind of file — in that order, so each refusal can say why.
 */
export type FileKindProblem = 'too-large' | 'not-json' | 'other-kind';

export function readKindOfFile(
  text: string,
  kind: string,
  maxBytes: number,
): { ok: true; file: Record<string, unknown> } | { ok: false; problem: FileKindProblem } {
  if (text.length > maxBytes) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, problem: 'other-kind' };
  const file = parsed as Record<string, unknown>;
  return Object.hasOwn(file, 'kind') && file.kind === kind
    ? { ok: true, file }
    : { ok: false, problem: 'other-kind' };
}
