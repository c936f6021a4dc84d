/** Content problems that name the file, the field and what is wrong. */
import type { z } from 'zod';

export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

export function formatField(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Turns zod issues into problems, naming the entry by its id where the data has one. */
export function fromZod(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    let where = data as Record<PropertyKey, unknown> | undefined;
    const named: string[] = [];
    for (const key of issue.path) {
      where = where?.[key as string] as Record<PropertyKey, unknown> | undefined;
      named.push(
        typeof key === 'number' && typeof where?.id === 'string'
          ? `[${key}](id: ${where.id})`
          : formatField([key]).replace(/^(?!\[)/, named.length ? '.' : ''),
      );
    }
    return { file, field: named.join('') || undefined, message: issue.message };
  });
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  return `The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
