/**
 * `npm run bench`: builds the course and prints what each screen costs to load (gzip), against the
 * budgets in DESIGN.md, and exits non-zero when any is over. Sizes are measured from the build's
 * own manifest, not estimated.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

import { KB, measureBudgets, type BuildManifest } from './bench-budget.ts';
import { benchGroupResults, GROUP_BUDGET_MS } from './bench/group-results.ts';
import { benchResultCode, MAX_QR_VERSION } from './bench/result-code.ts';
import { benchSuspendData } from './bench/suspend-worst-case.ts';
import { compileCourse } from './content/compile.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv.indexOf('--dist');
// --dist <dir> --no-build measures an existing build elsewhere (the bench's own test).
const dist =
  distArg >= 0 ? path.resolve(process.argv[distArg + 1] as string) : path.join(root, 'dist');

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
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-scorm.ts')], {
    cwd: root,
    stdio: 'ignore',
  });
}

const manifest = JSON.parse(
  readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
) as BuildManifest;
const gz = new Map<string, number>();
const size = (file: string) => {
  if (!gz.has(file))
    gz.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gz.get(file) as number;
};
const total = (set: Iterable<string>) => [...set].reduce((sum, f) => sum + size(f), 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const measured = measureBudgets(manifest, size);
const rows = measured.map((r) => [
  r.what,
  kb(r.bytes),
  kb(r.budget),
  r.over ? 'OVER BUDGET' : 'ok',
]);
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
if (existsSync(path.join(dist, 'sw.js'))) {
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
  const precacheBytes = precached.reduce(
    (sum, url) => sum + statSync(path.join(dist, url)).size,
    0,
  );
  console.log(
    `Precache (the whole course, offline): ${precached.length} files, ${kb(precacheBytes)} on disk.`,
  );
}

const single = path.join(root, 'dist-single');
if (existsSync(path.join(single, 'qorgau.html'))) {
  const html = readFileSync(path.join(single, 'qorgau.html'));
  console.log(
    `One-file course (dist-single/qorgau.html): ${kb(html.length)}, ${kb(gzipSync(html, { level: 9 }).length)} gzip.`,
  );
  for (const f of readdirSync(single).filter((name) => name.endsWith('.zip')))
    console.log(`Kolibri package (dist-single/${f}): ${kb(statSync(path.join(single, f)).size)}.`);
} else console.log('One-file course: not built (npm run build:single).');

const scormZip = path.join(root, 'dist-scorm/qorgau-scorm12.zip');
console.log(
  existsSync(scormZip)
    ? `SCORM 1.2 package (dist-scorm/qorgau-scorm12.zip): ${kb(statSync(scormZip).size)}.`
    : 'SCORM 1.2 package: not built (npm run build:scorm).',
);

// Seminar mode's group results: 1,000 participants' files read, checked and counted.
const course = await compileCourse(path.join(root, 'content'));
const group = benchGroupResults(course.manifest);
const groupOver = group.ms > GROUP_BUDGET_MS;
console.log(
  `Group results: ${group.files} result files (${kb(group.bytes)}) read and counted in ${Math.round(group.ms)} ms (budget ${GROUP_BUDGET_MS} ms)${groupOver ? ' OVER BUDGET' : ''}.`,
);

// Result QR codes: the largest result the course can produce, and reading one camera frame.
const qr = benchResultCode(course.codebook, course.manifest);
const qrOver = qr.version > MAX_QR_VERSION || qr.read < qr.runs;
console.log(
  `Result QR code: the largest result (${qr.what}) is ${qr.bytes} bytes, QR version ${qr.version} at correction M (${qr.modules} × ${qr.modules} modules; at most version ${MAX_QR_VERSION}); one 640 × 480 camera frame read in ${qr.decodeMs.toFixed(1)} ms (median of ${qr.runs}, ${qr.read} read)${qrOver ? ' OVER BUDGET' : ''}.`,
);

// The longest SCORM suspend_data the course can produce: every item filled with the longest history.
const suspend = benchSuspendData(course);
const suspendOver = suspend.largest > suspend.limit;
console.log(
  `SCORM suspend_data, worst case: ${suspend.largest} characters (limit ${suspend.limit}; ${suspend.untrimmed} before older history and detail are left out)${suspendOver ? ' OVER BUDGET' : ''}.`,
);

const over = [
  ...measured.filter((r) => r.over),
  ...(groupOver ? [{ what: 'group results over 1,000 files' }] : []),
  ...(qrOver
    ? [{ what: `result QR code (version ${qr.version}, ${qr.read} of ${qr.runs} read)` }]
    : []),
  ...(suspendOver ? [{ what: 'SCORM suspend_data' }] : []),
];
if (over.length > 0) {
  console.log(
    `\n${over.length} figure${over.length === 1 ? ' is' : 's are'} over budget (see DESIGN.md, "Quality bars"): ${over.map((r) => r.what.trim()).join('; ')}.`,
  );
  process.exit(1);
}
