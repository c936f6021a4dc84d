/**
 * The "no word of another language" check the browser tests apply to each screen: first that it
 * catches what it should and lets real Kazakh and Russian through, then over every string of the
 * course a learner can read (every scenario node and question, not just the screens a browser
 * test reaches) and every interface string, in each language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { compileCourse } from '../../scripts/content/compile';
import { LOCALES, type Locale } from '../../src/content/locales';
import type { ModuleContent, RichNode } from '../../src/content/types';
import { foreignWords } from '../browser/languages';

describe('the language check', () => {
  it('finds Cyrillic words on an English page', () => {
    expect(foreignWords('Call 102 or the police (полиция) at once.', 'en')).toEqual(['полиция']);
  });

  it('finds Latin words and Kazakh-only letters on a Russian page, but not law numbers or addresses', () => {
    expect(
      foreignWords('Закон № 110-VIII, QR-код, сайт eGov.kz и https://adilet.zan.kz/rus', 'ru'),
    ).toEqual([]);
    expect(foreignWords('Позвоните в helpline или в NGO.', 'ru')).toEqual(['helpline', 'NGO']);
    expect(foreignWords('Она из Қостанай.', 'ru')).toEqual(['Қостанай.']);
  });

  it('finds a Latin look-alike letter typed inside a Cyrillic word', () => {
    // The "а" of «жағдай» and the "о" of «полиция» are Latin here.
    expect(foreignWords('Бұл жaғдай', 'kk')).toEqual(['жaғдай']);
    expect(foreignWords('Звоните в пoлицию', 'ru')).toEqual(['пoлицию']);
  });

  it('lets real Kazakh through, and finds Russian on a Kazakh page', () => {
    expect(foreignWords('Ол 17 жаста, демек, ол — бала. Не істеу керек? Иә, сізге де. Паспорт, ақша т.с.с.', 'kk')).toEqual(
      [],
    );
    expect(foreignWords('Адам саудасы — это қылмыс', 'kk')).toEqual(['это']);
    // A Russian sentence without any of the function words is still found: it has no Kazakh letter.
    const sentence = 'Работодатель забрал паспорт, зарплату месяцами задерживают, выходить запрещено';
    expect(foreignWords(sentence, 'kk')).toEqual([sentence]);
  });
});

/** Text of a compiled lesson tree, leaving out phrases marked as another language. */
function richText(node: RichNode, locale: Locale): string[] {
  if (typeof node === 'string') return [node];
  const [, props, ...children] = node;
  if (props?.lang && props.lang !== locale) return [];
  return children.flatMap((child) => richText(child, locale));
}

/** Keys whose values are ids, numbers or addresses, never read as text. */
const NOT_TEXT = new Set([
  'id', 'locale', 'type', 'start', 'next', 'lesson', 'indicators', 'indicator', 'roles', 'category',
  'phrase', 'rating', 'url', 'checked', 'practice', 'roleGroups',
]);

function strings(value: unknown, key = ''): string[] {
  if (NOT_TEXT.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

function moduleStrings(content: ModuleContent): string[] {
  const { lessons, indicators, ...rest } = content;
  return [
    ...strings(rest),
    ...Object.values(indicators),
    // A lesson's `sources` are ids: the sources themselves are read from the module's list.
    ...lessons.flatMap((l) => [
      l.title,
      ...l.sections.flatMap((s) => [s.heading, ...s.body.flatMap((n) => richText(n, content.locale))]),
    ]),
  ];
}

function uiStrings(locale: Locale): string[] {
  const dir = path.resolve(__dirname, `../../src/i18n/locales/${locale}`);
  return readdirSync(dir).flatMap((file) =>
    // {{placeholders}} are filled in by the app, not read.
    strings(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).map((s) =>
      s.replace(/\{\{[^}]*\}\}/g, ' '),
    ),
  );
}

const compiled = compileCourse(path.resolve(__dirname, '../../content'));

describe('every string of the course', () => {
  it.each(LOCALES)('is in %s alone', async (locale) => {
    const course = await compiled;
    const texts = [
      ...strings(course.text[locale]),
      ...strings(course.help[locale]),
      ...strings(course.indicators[locale]),
      ...strings(course.outline[locale]),
      ...Object.values(course.outline[locale].roles),
      // The glossary shows all three terms side by side, each marked with its own language.
      ...course.glossary[locale].entries.flatMap((e) => [
        e.terms[locale],
        e.meaning,
        ...e.sources.map((s) => s.title),
      ]),
      ...[...course.modules.values()].flatMap((m) => moduleStrings(m[locale])),
      // Scenarios travel in chunks of their own.
      ...[...course.scenarios.values()].flatMap((byId) =>
        [...byId.values()].flatMap((c) => [...strings(c[locale].scenario), ...Object.values(c[locale].indicators)]),
      ),
      ...uiStrings(locale),
    ];
    expect(texts.length).toBeGreaterThan(500);
    const found = texts.flatMap((t) => foreignWords(t, locale).map((w) => `${w}  ← in: ${t.slice(0, 80)}`));
    expect(found).toEqual([]);
  });
});
