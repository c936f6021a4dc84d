/**
 * `npm run build:scorm`: the course as a SCORM 1.2 package for Moodle and other LMSs —
 * `dist-scorm/qorgau-scorm12.zip`, with `imsmanifest.xml` at its root naming one SCO (the
 * course's index.html) and every file of the build as its resources. The build is the web build
 * without a service worker (`--mode scorm` in vite.config.ts); inside the LMS's frame the course
 * finds the LMS's API and keeps progress there (src/app/lms/).
 *
 * Options (for tests): --out <dir> writes there.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { build } from 'vite';

import { compileCourse } from './content/compile.ts';
import { scormManifest } from './scorm-manifest.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(
  outArg >= 0 ? (process.argv[outArg + 1] as string) : path.join(root, 'dist-scorm'),
);
const packageDir = path.join(out, 'package');

await build({
  root,
  mode: 'scorm',
  logLevel: 'warn',
  build: { outDir: packageDir, emptyOutDir: true },
});

/** Every file under `dir`, as paths inside the package (forward slashes), sorted. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const inside = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? filesIn(full, inside) : [inside];
    });
}

const files = filesIn(packageDir);
if (!files.includes('index.html')) throw new Error('The SCORM build has no index.html.');
const course = await compileCourse(path.join(root, 'content'));
const version = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
).version;
const manifest = scormManifest({
  files,
  version,
  masteryScore: Math.round(course.manifest.assessment.passMark * 100),
});
writeFileSync(path.join(packageDir, 'imsmanifest.xml'), manifest);

const zip = zipSync(
  {
    'imsmanifest.xml': strToU8(manifest),
    ...Object.fromEntries(files.map((f) => [f, readFileSync(path.join(packageDir, f))])),
  },
  { level: 9 },
);
const target = path.join(out, 'qorgau-scorm12.zip');
writeFileSync(target, zip);
console.log(
  `SCORM 1.2 package: ${path.relative(root, target)} (${files.length + 1} files, ${(zip.length / 1024).toFixed(0)} KB)`,
);
