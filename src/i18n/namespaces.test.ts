/**
 * Features are not coupled through translation namespaces either: each uses its own strings and
 * the shared ones, so moving or rewording one feature's strings cannot break another. The import
 * lint cannot see `useTranslation('x')` or `t('x:key')`, so this reads the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const featuresDir = path.resolve(__dirname, '..', 'features');
const localesDir = path.resolve(__dirname, 'locales', 'en');

/**
 * Strings any feature may use: `common` (the shell and every screen) and the course's own titles.
 * `common` loads with the first screen, so a string two later screens need is kept by each of
 * them (the role picker's label, a case's speaker and outcome names) rather than added there.
 */
const SHARED = ['common', 'course'];
/** A feature owns the namespace named after it; the catalog also owns the module page's. */
const OWNED: Record<string, string[]> = { catalog: ['catalog', 'module'] };

const namespaces = readdirSync(localesDir).map((f) => f.replace(/\.json$/, ''));

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

/** Namespaces a source names: in `useTranslation(...)` and as a `ns:` prefix on a key. */
function namespacesUsed(source: string): Set<string> {
  const used = new Set<string>();
  for (const call of source.matchAll(/useTranslation\(([^)]*)\)/g)) {
    for (const name of (call[1] ?? '').matchAll(/'([a-z-]+)'/g)) used.add(name[1] as string);
  }
  for (const key of source.matchAll(/\bt\(\s*['`]([a-z-]+):/g)) used.add(key[1] as string);
  return used;
}

const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('translation namespaces', () => {
  it.each(features)('the %s feature uses only its own namespaces and the shared ones', (f) => {
    const allowed = new Set([...SHARED, ...(OWNED[f] ?? [f])]);
    const used = new Set(
      sourcesOf(path.join(featuresDir, f)).flatMap((s) => [...namespacesUsed(s)]),
    );
    const foreign = [...used].filter((ns) => !allowed.has(ns) && namespaces.includes(ns));
    expect(foreign).toEqual([]);
  });

  it('recognises a namespace borrowed from another feature', () => {
    const used = namespacesUsed(`useTranslation(['help', 'scenario']); t('quiz:score');`);
    expect([...used].sort()).toEqual(['help', 'quiz', 'scenario']);
  });
});
