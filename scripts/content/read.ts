/**
 * Reading content files with limits. Content comes from many hands (translators, reviewers, a pull
 * request from outside), so a file that is huge, nested absurdly deep or built to explode (a YAML
 * alias bomb) is refused quickly, naming the file, before any parser spends minutes or gigabytes
 * on it. YAML warnings (an unresolved tag such as `!!js/function`) are errors too: the text would
 * otherwise be kept as if it were ordinary content.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import YAML from 'yaml';
import type { z } from 'zod';

import { fromZod, type ContentProblem } from './errors.ts';

/** The largest content file accepted. Today's biggest (a quiz bank) is about 100 KB. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deepest nesting accepted in YAML data; the schemas need about 8 levels. */
export const MAX_YAML_DEPTH = 32;
/** Deepest nesting accepted in a lesson (quotes and lists inside each other). */
export const MAX_LESSON_DEPTH = 12;
/** Aliases the YAML parser may expand; content needs none, a bomb needs millions. */
const MAX_ALIASES = 100;

export interface ContentReader {
  problems: ContentProblem[];
  /** Every file read, so a dev server can watch them. */
  files: string[];
  /** The path as authors see it: `content/…`. */
  rel: (file: string) => string;
  /** Text of a file, or undefined (with a problem recorded) when missing or too large. */
  text: (file: string, missing?: string) => string | undefined;
  /** A YAML file validated against its schema, or undefined with every problem recorded. */
  yaml: <T>(file: string, schema: z.ZodType<T>) => T | undefined;
}

export function contentReader(rel: (file: string) => string): ContentReader {
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  const refuse = (file: string, message: string) => problems.push({ file: rel(file), message });

  function text(file: string, missing = 'file is missing'): string | undefined {
    files.push(file);
    if (!existsSync(file)) {
      refuse(file, missing);
      return undefined;
    }
    const bytes = statSync(file).size;
    if (bytes > MAX_FILE_BYTES) {
      refuse(file, `is ${megabytes(bytes)} MB; content files may be at most ${megabytes(MAX_FILE_BYTES)} MB`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  }

  function yaml<T>(file: string, schema: z.ZodType<T>): T | undefined {
    const source = text(file);
    if (source === undefined) return undefined;
    const nesting = yamlNesting(source);
    if (nesting > MAX_YAML_DEPTH) {
      refuse(file, `is nested ${nesting} levels deep; at most ${MAX_YAML_DEPTH} are allowed`);
      return undefined;
    }
    let data: unknown;
    try {
      const doc = YAML.parseDocument(source, { strict: true, uniqueKeys: true, prettyErrors: true });
      const found = [...doc.errors, ...doc.warnings];
      if (found.length > 0) {
        for (const e of found) refuse(file, `YAML: ${e.message.split('\n')[0]}`);
        return undefined;
      }
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      // The alias limit and a stack overflow surface as exceptions; say which file caused them.
      refuse(file, `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const depth = depthOf(data);
    if (depth > MAX_YAML_DEPTH) {
      refuse(file, `is nested ${depth} levels deep; at most ${MAX_YAML_DEPTH} are allowed`);
      return undefined;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      problems.push(...fromZod(rel(file), parsed.error, data));
      return undefined;
    }
    return parsed.data;
  }

  return { problems, files, rel, text, yaml };
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * A cheap upper estimate of YAML nesting, read from the text before any parser sees it: flow
 * brackets open at once, and block indentation (two spaces a level, the style of `content/`).
 * Brackets inside quotes are skipped; the estimate only has to be far above real content and far
 * below what overflows the parser.
 */
export function yamlNesting(source: string): number {
  let deepest = 0;
  // Flow collections may span lines, so their depth carries from line to line.
  let flow = 0;
  for (const line of source.split('\n')) {
    const indent = line.length - line.trimStart().length;
    let quote: string | null = null;
    let escaped = false;
    deepest = Math.max(deepest, Math.floor(indent / 2) + flow);
    for (const ch of line.slice(indent)) {
      if (escaped) escaped = false;
      else if (quote) {
        if (quote === '"' && ch === '\\') escaped = true;
        else if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#') break;
      else if (ch === '[' || ch === '{') flow += 1;
      else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
      deepest = Math.max(deepest, Math.floor(indent / 2) + flow);
    }
  }
  return deepest;
}

/** How deep a parsed value nests, walked without recursion so that depth itself cannot overflow. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    deepest = Math.max(deepest, depth);
    if (node !== null && typeof node === 'object')
      for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
