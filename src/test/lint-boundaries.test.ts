// @vitest-environment node
/**
 * The import boundaries in eslint.config.js, proved on real files: two throwaway features are
 * written inside src/features (so the config, which reads that folder when it loads, must pick
 * them up by itself), then linted with ESLint's Node API and removed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const probe = `zz-probe-${process.pid}`;
const other = `zz-probe-other-${process.pid}`;
const probeDir = join(root, 'src', 'features', probe);
const otherDir = join(root, 'src', 'features', other);

const files: Record<string, string> = {
  [join(otherDir, 'thing.ts')]: `export const thing = 1;\n`,
  [join(probeDir, 'by-alias.ts')]:
    `import { thing } from '@/features/${other}/thing';\n\nexport const byAlias = thing;\n`,
  [join(probeDir, 'by-relative.ts')]:
    `import { thing } from '../${other}/thing';\n\nexport const byRelative = thing;\n`,
  [join(probeDir, 'uses-shared.ts')]:
    `import { useSettingsStore } from '@/stores/settings-store';\n\nexport const fine = useSettingsStore;\n`,
  [join(probeDir, 'cycle-a.ts')]: `import { b } from './cycle-b';\n\nexport const a = () => b;\n`,
  [join(probeDir, 'cycle-b.ts')]: `import { a } from './cycle-a';\n\nexport const b = () => a;\n`,
  [join(root, 'src', 'ui', `${probe}.ts`)]:
    `import { thing } from '../features/${other}/thing';\n\nexport const up = thing;\n`,
};

let results: Map<string, string[]>;

beforeAll(async () => {
  mkdirSync(probeDir, { recursive: true });
  mkdirSync(otherDir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  const eslint = new ESLint({ cwd: root });
  const linted = await eslint.lintFiles(Object.keys(files));
  results = new Map(linted.map((r) => [r.filePath, r.messages.map((m) => m.ruleId ?? m.message)]));
}, 60_000);

afterAll(() => {
  rmSync(probeDir, { recursive: true, force: true });
  rmSync(otherDir, { recursive: true, force: true });
  rmSync(join(root, 'src', 'ui', `${probe}.ts`), { force: true });
});

const rulesFor = (path: string) => results.get(path) ?? [];

describe('import boundaries', () => {
  it('fails a feature importing another feature through the @/ alias', () => {
    expect(rulesFor(join(probeDir, 'by-alias.ts'))).toContain('import-x/no-restricted-paths');
  });

  it('fails a feature importing another feature by a relative path', () => {
    expect(rulesFor(join(probeDir, 'by-relative.ts'))).toContain('import-x/no-restricted-paths');
  });

  it('fails a shared layer importing a feature', () => {
    expect(rulesFor(join(root, 'src', 'ui', `${probe}.ts`))).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('fails an import cycle', () => {
    expect(rulesFor(join(probeDir, 'cycle-a.ts'))).toContain('import-x/no-cycle');
    expect(rulesFor(join(probeDir, 'cycle-b.ts'))).toContain('import-x/no-cycle');
  });

  it('lets a feature import its own files and the shared layers', () => {
    expect(rulesFor(join(otherDir, 'thing.ts'))).toEqual([]);
    expect(rulesFor(join(probeDir, 'uses-shared.ts'))).toEqual([]);
  });
});
