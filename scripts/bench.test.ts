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

describe('npm run bench', () => {
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
