/**
 * `npm run content:check`: compiles the whole course without building the app, reports every
 * problem with its file and field, and prints a coverage table of modules × locales.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { LOCALES } from '../src/content/locales.ts';
import { compileCourse } from './content/compile.ts';
import { ContentError } from './content/errors.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(process.argv[2] ?? path.join(root, 'content'));

try {
  const { manifest, coverage } = await compileCourse(contentDir);
  const header = ['module', 'locale', 'lessons', 'words', 'scenarios', 'questions'];
  const rows = coverage.map((r) =>
    [r.module, r.locale, r.lessons, r.words, r.scenarios, r.questions].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const ready = manifest.modules.filter((m) => m.status === 'ready').length;
  console.log(
    `\nContent OK: ${ready} of ${manifest.modules.length} modules written, in ${LOCALES.join(', ')}.`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
