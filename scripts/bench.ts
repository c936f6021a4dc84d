/**
 * `npm run bench`: builds the course and prints what each screen costs to load (gzip), against the
 * budgets in DESIGN.md. Sizes are measured from the build's own manifest, not estimated.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

import { LOCALES, type Locale } from '../src/content/locales.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const KB = 1024;
const BUDGET = { firstScreen: 110 * KB, screen: 20 * KB, content: 30 * KB };

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

if (!process.argv.includes('--no-build')) {
  await build({ root, logLevel: 'warn' });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts/build-single.ts'), '--kolibri'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
}

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gz = new Map<string, number>();
const size = (file: string) => {
  if (!gz.has(file))
    gz.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gz.get(file) as number;
};

/** Every file a manifest entry needs: its own, its static imports (recursively) and their CSS. */
function files(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) files(imported, into);
  return into;
}
const total = (set: Iterable<string>) => [...set].reduce((sum, f) => sum + size(f), 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (bytes: number, budget: number) => (bytes <= budget ? 'ok' : 'OVER BUDGET');
const rows: string[][] = [];
let failed = false;
const row = (what: string, bytes: number, budget: number) => {
  rows.push([what, kb(bytes), kb(budget), verdict(bytes, budget)]);
  if (bytes > budget) failed = true;
};

const SCREENS: Record<string, { entry: string; namespaces: string[] }> = {
  module: { entry: 'src/features/catalog/module-page.tsx', namespaces: ['module'] },
  lesson: { entry: 'src/features/lesson/lesson-page.tsx', namespaces: ['lesson'] },
  scenario: { entry: 'src/features/scenario/scenario-page.tsx', namespaces: ['scenario'] },
  quiz: { entry: 'src/features/quiz/quiz-page.tsx', namespaces: ['quiz'] },
  assessment: { entry: 'src/features/quiz/assessment-page.tsx', namespaces: ['quiz'] },
  progress: { entry: 'src/features/progress/progress-page.tsx', namespaces: ['progress'] },
  help: { entry: 'src/features/help/help-page.tsx', namespaces: ['help'] },
  'module handout': { entry: 'src/features/help/module-handout.tsx', namespaces: ['help'] },
  offline: { entry: 'src/features/offline/offline-page.tsx', namespaces: ['offline'] },
};

const firstScreen = (locale: Locale) => {
  const set = files('index.html');
  for (const ns of ['common', 'catalog']) files(`src/i18n/locales/${locale}/${ns}.json`, set);
  files(`virtual:qorgau/text/${locale}`, set);
  return set;
};

for (const locale of LOCALES) {
  const first = firstScreen(locale);
  row(`first screen (course home), ${locale}`, total(first), BUDGET.firstScreen);
  for (const [name, screen] of Object.entries(SCREENS)) {
    const set = files(screen.entry);
    for (const ns of screen.namespaces) files(`src/i18n/locales/${locale}/${ns}.json`, set);
    const added = [...set].filter((f) => !first.has(f));
    row(`  + ${name} screen, ${locale}`, total(added), BUDGET.screen);
  }
}
for (const key of Object.keys(manifest)
  .filter((k) => k.startsWith('virtual:qorgau/module/'))
  .sort())
  row(
    `content ${key.replace('virtual:qorgau/module/', '').replace('/', ' × ')}`,
    size(manifest[key]!.file),
    BUDGET.content,
  );

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['', 'gzip', 'budget', ''], ...rows].map((r) => r[i]!.length)),
);
console.log(['what', 'gzip', 'budget', ''].map((h, i) => h.padEnd(widths[i]!)).join('  '));
for (const r of rows)
  console.log(
    r
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  '),
  );
console.log(
  `\nAll JS + CSS in the build: ${kb(total(new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]))))} gzip.`,
);

// What the service worker stores for offline use: the files its precache manifest lists.
const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
const precacheBytes = precached.reduce((sum, url) => sum + statSync(path.join(dist, url)).size, 0);
console.log(
  `Precache (the whole course, offline): ${precached.length} files, ${kb(precacheBytes)} on disk.`,
);

const single = path.join(root, 'dist-single');
if (existsSync(path.join(single, 'qorgau.html'))) {
  const html = readFileSync(path.join(single, 'qorgau.html'));
  console.log(
    `One-file course (dist-single/qorgau.html): ${kb(html.length)}, ${kb(gzipSync(html, { level: 9 }).length)} gzip.`,
  );
  for (const f of readdirSync(single).filter((name) => name.endsWith('.zip')))
    console.log(`Kolibri package (dist-single/${f}): ${kb(statSync(path.join(single, f)).size)}.`);
} else console.log('One-file course: not built (npm run build:single).');

if (failed) {
  console.log('Some figures are over budget (see DESIGN.md, "Quality bars").');
  process.exitCode = 1;
}
