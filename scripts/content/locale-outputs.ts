/** Course-wide data resolved to one language: the indicator taxonomy and the help content. */
import type { z } from 'zod';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import type {
  GlossarySource,
  helplinesSchema,
  indicatorsSchema,
  referralSchema,
  roleSchema,
  sourcesSchema,
} from '../../src/content/schema.ts';
import type {
  CourseItem,
  GlossaryContent,
  HelpContent,
  IndicatorTaxonomy,
  InLocale,
  Paragraphs,
} from '../../src/content/types.ts';

/** The same data built once for each course language. */
export function perLocale<T>(build: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, build(l)])) as Record<Locale, T>;
}

/** A three-language text object, as every schema writes one (strict: exactly these keys). */
function isLocalized(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value);
  return keys.length === LOCALES.length && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

/**
 * Validated source data with every three-language text resolved to `locale` (and dates written
 * as ISO days): the runtime side of the `InLocale` type, so compiled content follows the schemas.
 */
export function inLocale<T>(value: T, locale: Locale): InLocale<T> {
  const resolve = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.map(resolve);
    if (v === null || typeof v !== 'object') return v;
    if (isLocalized(v)) return v[locale];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  };
  return resolve(value) as InLocale<T>;
}

/** Plain course text split into paragraphs at blank lines, so the app only renders them. */
export function paragraphs(text: string): Paragraphs {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function taxonomyIn(
  locale: Locale,
  indicators: z.infer<typeof indicatorsSchema> | undefined,
  practice: Record<string, CourseItem[]>,
): IndicatorTaxonomy {
  return {
    groups: (indicators?.groups ?? []).map((g) => ({
      id: g.id,
      name: g.name[locale],
      ...(g.note ? { note: g.note[locale] } : {}),
      indicators: (indicators?.indicators ?? [])
        .filter((i) => i.group === g.id)
        .map((i) => ({ id: i.id, name: i.name[locale], description: i.description[locale] })),
    })),
    practice,
  };
}

interface HelpSources {
  helplines: z.infer<typeof helplinesSchema>;
  referral: z.infer<typeof referralSchema> | undefined;
  sources: z.infer<typeof sourcesSchema>;
  roles: z.infer<typeof roleSchema>[];
  /** Every indicator group, for roles that do not name theirs. */
  groups: string[];
}

export function helpIn(locale: Locale, { helplines, referral, sources, roles, groups }: HelpSources): HelpContent {
  const day = (d: Date | string) => inLocale(d, locale);
  return {
    helplines: helplines.flatMap((h) =>
      h.sources
        ? [
            {
              number: h.number,
              name: h.name[locale],
              description: h.description[locale],
              sources: h.sources.flatMap((id) => {
                const source = sources.find((s) => s.id === id);
                return source ? [{ title: source.title[locale], url: source.url, checked: day(source.checked) }] : [];
              }),
            },
          ]
        : [],
    ),
    regional: helplines.flatMap((h) =>
      h.regional
        ? [
            {
              number: h.number,
              name: h.name[locale],
              description: h.description[locale],
              addedBy: h.regional.addedBy[locale],
              checked: day(h.regional.checked),
            },
          ]
        : [],
    ),
    referral: {
      steps: (referral?.steps ?? []).map((s) => ({ title: s.title[locale], text: s.text[locale] })),
      record: (referral?.record ?? []).map((r) => r[locale]),
    },
    roleGroups: Object.fromEntries(roles.map((r) => [r.id, r.indicatorGroups.length ? r.indicatorGroups : groups])),
  };
}

/** The glossary in one language: all three terms of each entry, sorted as this language sorts. */
export function glossaryIn(
  locale: Locale,
  glossary: GlossarySource,
  sources: z.infer<typeof sourcesSchema>,
): GlossaryContent {
  const entries = glossary.map((g) => ({
    id: g.id,
    terms: { ...g.term },
    meaning: g.meaning[locale],
    inLaw: g.inLaw,
    sources: g.sources.flatMap((id) => {
      const source = sources.find((s) => s.id === id);
      return source ? [inLocale({ title: source.title, url: source.url, checked: source.checked }, locale)] : [];
    }),
  }));
  entries.sort((a, b) => a.terms[locale].localeCompare(b.terms[locale], locale));
  return { entries };
}
