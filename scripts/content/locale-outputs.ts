/** Course-wide data resolved to one language: the indicator taxonomy and the help content. */
import type { z } from 'zod';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import type {
  helplinesSchema,
  indicatorsSchema,
  referralSchema,
  roleSchema,
  sourcesSchema,
} from '../../src/content/schema.ts';
import type { HelpContent, IndicatorTaxonomy, PracticePlace } from '../../src/content/types.ts';

/** The same data built once for each course language. */
export function perLocale<T>(build: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, build(l)])) as Record<Locale, T>;
}

export function taxonomyIn(
  locale: Locale,
  indicators: z.infer<typeof indicatorsSchema> | undefined,
  practice: Record<string, PracticePlace[]>,
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
  return {
    helplines: helplines.map((h) => ({
      number: h.number,
      name: h.name[locale],
      description: h.description[locale],
      sources: h.sources.flatMap((id) => {
        const source = sources.find((s) => s.id === id);
        return source ? [{ title: source.title[locale], url: source.url }] : [];
      }),
    })),
    referral: {
      steps: (referral?.steps ?? []).map((s) => ({ title: s.title[locale], text: s.text[locale] })),
      record: (referral?.record ?? []).map((r) => r[locale]),
    },
    roleGroups: Object.fromEntries(roles.map((r) => [r.id, r.indicatorGroups.length ? r.indicatorGroups : groups])),
  };
}
