/**
 * The content schemas are for the build: the app takes only their types. A value import of zod
 * or of schema.ts from app code would put zod (~27 KB gzip) on the first screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

it('app code imports the schemas and zod for their types only', () => {
  const offending = sourceFiles(SRC)
    .filter((file) => !file.endsWith(path.join('content', 'schema.ts')))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)]
        .map((m) => m[1] as string)
        .filter((spec) => spec === 'zod' || spec.startsWith('zod/') || /(^|\/)schema(\.ts)?$/.test(spec))
        .map((spec) => `${path.relative(SRC, file)} imports ${spec}`),
    );
  expect(offending).toEqual([]);
});
