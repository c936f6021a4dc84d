import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { KB, measureBudgets, type BuildManifest } from './bench-budget';

const root = path.resolve(__dirname, '..');

/** A build whose first screen is `firstKb` of incompressible bytes, plus one lazy screen. */
function fakeBuild(dir: string, firstKb: number) {
  mkdirSync(path.join(dir, '.vite'), { recursive: true });
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets/index.js'), randomBytes(firstKb * KB));
  writeFileSync(path.join(dir, 'assets/lesson.js'), 'export const x = 1;');
  const manifest: BuildManifest = {
    'index.html': { file: 'assets/index.js' },
    'src/features/lesson/lesson-page.tsx': {
      file: 'assets/lesson.js',
      imports: ['index.html'],
      isDynamicEntry: true,
    },
  };
  writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
}

const bench = (dist: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench.ts', '--no-build', '--dist', dist],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

// Each test runs the real bench script in a child process: seconds, more on a loaded machine.
describe('npm run bench', { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'qorgau-bench-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero and names the figure when the first screen passes its budget', () => {
    fakeBuild(dir, 120);
    const run = bench(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /return visit \(course home\), kk\s+1\d\d\.\d KB\s+110\.0 KB\s+OVER BUDGET/,
    );
    expect(run.stdout).toContain('over budget');
  });

  it('exits zero when every figure is within budget', () => {
    fakeBuild(dir, 50);
    const run = bench(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('OVER BUDGET');
  });

  it('holds every scenario chunk to the content budget, naming module, scenario and language', () => {
    const rows = measureBudgets(
      {
        'index.html': { file: 'index.js' },
        'virtual:qorgau/module/m1/kk': { file: 'm1.kk.js', isDynamicEntry: true },
        'virtual:qorgau/scenario/m1/long-case/kk': { file: 'long.kk.js', isDynamicEntry: true },
        'virtual:qorgau/scenario/m1/short-case/kk': { file: 'short.kk.js', isDynamicEntry: true },
      },
      (file) => (file === 'long.kk.js' ? 31 * KB : KB),
    );
    const content = rows.filter((r) => r.what.startsWith('content'));
    expect(content.map((r) => [r.what, r.over])).toEqual([
      ['content m1 × kk', false],
      ['content scenario m1/long-case × kk', true],
      ['content scenario m1/short-case × kk', false],
    ]);
  });

  it("counts a module's titles on a return visit with a lesson to continue, the largest module's", () => {
    const rows = measureBudgets(
      {
        'index.html': { file: 'index.js' },
        'virtual:qorgau/outline/ru': { file: 'outline.ru.js', isDynamicEntry: true },
        'virtual:qorgau/outline/m1/ru': { file: 'm1.ru.js', isDynamicEntry: true },
        'virtual:qorgau/outline/m2/ru': { file: 'm2.ru.js', isDynamicEntry: true },
      },
      (file) =>
        ({ 'm2.ru.js': 30 * KB, 'm1.ru.js': 10 * KB, 'outline.ru.js': 50 * KB })[file] ?? 90 * KB,
    );
    expect(rows.find((r) => r.what === 'return visit (course home), ru')?.over).toBe(false);
    expect(rows.find((r) => r.what === 'return visit, a lesson to continue, ru')).toMatchObject({
      bytes: 120 * KB,
      over: true,
    });
  });

  it('measures a lazy screen it has no name for, so a new screen cannot escape its budget', () => {
    const rows = measureBudgets(
      {
        'index.html': { file: 'index.js' },
        'src/features/seminar/seminar-page.tsx': { file: 'seminar.js', isDynamicEntry: true },
      },
      (file) => (file === 'seminar.js' ? 25 * KB : KB),
    );
    expect(rows.find((r) => r.what.includes('seminar/seminar-page screen, en'))).toMatchObject({
      over: true,
    });
  });
});
