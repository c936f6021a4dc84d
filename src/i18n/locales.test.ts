import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { LOCALES } from '@/content/locales';

const dir = path.resolve(__dirname, 'locales');
const load = (locale: string, ns: string) =>
  JSON.parse(readFileSync(path.join(dir, locale, ns), 'utf8')) as Record<string, unknown>;

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null)
      Object.assign(acc, flatten(v as Record<string, unknown>, key));
    else acc[key] = String(v);
    return acc;
  }, {});
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();
const namespaces = readdirSync(path.join(dir, 'en')).filter((f) => f.endsWith('.json'));

describe.each(LOCALES)('UI strings in %s', (locale) => {
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it.each(namespaces)('has every key of %s, non-empty', (ns) => {
    const en = flatten(load('en', ns));
    const here = flatten(load(locale, ns));
    expect(baseKeys(Object.keys(here))).toEqual(baseKeys(Object.keys(en)));
    for (const [key, value] of Object.entries(here)) expect(value.trim(), key).not.toBe('');
  });

  it.each(namespaces)('has exactly the plural forms its rules need in %s', (ns) => {
    const here = Object.keys(flatten(load(locale, ns)));
    for (const base of new Set(
      here.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    )) {
      const have = here
        .filter((k) => k.replace(PLURAL, '') === base)
        .map((k) => k.match(PLURAL)?.[1]);
      expect(have.sort(), `${ns}: ${base}`).toEqual([...forms].sort());
    }
  });

  it.each(namespaces)('keeps the placeholders of the English %s', (ns) => {
    const en = flatten(load('en', ns));
    const here = flatten(load(locale, ns));
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(here)) {
      const source = en[key] ?? en[key.replace(PLURAL, '_other')] ?? '';
      expect(vars(value), `${ns}: ${key}`).toEqual(vars(source));
    }
  });

  // The build leaves i18next's formatter out (vite.config.ts, libraryPatches): a placeholder is
  // a plain name, and numbers and dates are formatted by the app (src/lib/format.ts).
  it.each(namespaces)('uses only plain {{name}} placeholders in %s', (ns) => {
    for (const [key, value] of Object.entries(flatten(load(locale, ns))))
      for (const [placeholder] of value.matchAll(/\{\{[^}]*\}\}/g))
        expect(placeholder, `${ns}: ${key}`).toMatch(/^\{\{\w+\}\}$/);
  });

  if (locale === 'kk')
    it.each(namespaces)('writes Kazakh in Cyrillic, without Latin words, in %s', (ns) => {
      for (const [key, value] of Object.entries(flatten(load(locale, ns)))) {
        const text = value.replace(/\{\{\w+\}\}/g, '');
        expect(text.match(/[A-Za-z]{2,}/g), key).toBeNull();
      }
    });
});
