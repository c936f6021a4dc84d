/**
 * Zod schemas for the authored course in `content/`. Used at build time by the content compiler
 * (scripts/content) — never shipped to the browser. Objects are strict so that a typo in a key is
 * an error rather than silently ignored text.
 */
import { z } from 'zod';

import type { Locale } from './locales.ts';

export const LOCALE_NAMES: Record<Locale, string> = {
  kk: 'Kazakh (kk)',
  ru: 'Russian (ru)',
  en: 'English (en)',
};

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "act-means-purpose"');

const text = (lang: Locale) =>
  z
    .string({ error: (i) => (i.input === undefined ? `missing ${LOCALE_NAMES[lang]} text` : undefined) })
    .trim()
    .min(1, `empty ${LOCALE_NAMES[lang]} text`);

/** A string a person reads, in all three languages. */
export const localized = z.strictObject({ en: text('en'), ru: text('ru'), kk: text('kk') });
export type Localized = z.infer<typeof localized>;

const ids = z.array(slug).default([]);

export const roleSchema = z.strictObject({
  id: slug,
  name: localized,
  /** Indicator groups on this role's printed checklist (all groups when absent). */
  indicatorGroups: ids,
});

export const courseModuleEntry = z.strictObject({
  id: slug,
  /**
   * On every role's learning path. A module that is not core is on the path of the roles its
   * module.yaml names.
   */
  core: z.boolean().default(false),
  planned: z.strictObject({ title: localized, minutes: z.int().positive() }).optional(),
});

export const courseSchema = z.strictObject({
  title: localized,
  tagline: localized,
  /** The final assessment: questions drawn from every written module's bank. */
  assessment: z.strictObject({
    draw: z.int().positive(),
    passMark: z.number().gt(0).lte(1).default(0.8),
    /** How much likelier a question tagged with the learner's role is to be drawn. */
    roleWeight: z.number().min(1).default(3),
  }),
  roles: z.array(roleSchema).min(1),
  modules: z.array(courseModuleEntry).min(1),
});
export type CourseSource = z.infer<typeof courseSchema>;

export const moduleSchema = z.strictObject({
  id: slug,
  title: localized,
  summary: localized,
  minutes: z.int().positive(),
  roles: z.array(slug).min(1),
  objectives: z.array(localized).min(1),
  keyPoints: z.array(localized).default([]),
  lessons: z
    .array(z.strictObject({ id: slug, title: localized, minutes: z.int().positive() }))
    .min(1),
  scenarios: ids,
  sources: ids,
});
export type ModuleSource = z.infer<typeof moduleSchema>;

const optionSchema = z.strictObject({
  id: slug,
  correct: z.boolean().default(false),
  text: localized,
  feedback: localized,
});

const questionBase = {
  id: slug,
  lesson: slug,
  indicators: ids,
  /** Roles this question matters most to: weighted up in their final assessment. */
  roles: ids,
  prompt: localized,
};

const hasUniqueIds = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** A phrase in a spot-the-indicators passage is written `[[the phrase]]{phrase-id}` in every language. */
export const SPOT_MARKER = /\[\[([^\]]+)\]\]\{([a-z0-9-]+)\}/g;

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...questionBase,
    type: z.literal('single'),
    options: z
      .array(optionSchema)
      .min(2)
      .refine((o) => o.filter((x) => x.correct).length === 1, 'needs exactly one correct option'),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('multiple'),
    options: z
      .array(optionSchema)
      .min(3)
      .refine((o) => o.some((x) => x.correct), 'needs at least one correct option'),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('true-false'),
    answer: z.boolean(),
    feedback: z.strictObject({ true: localized, false: localized }),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('matching'),
    /** Each item with its correct partner; partners are shuffled and offered to every item. */
    pairs: z
      .array(z.strictObject({ id: slug, item: localized, match: localized, feedback: localized }))
      .min(2)
      .refine(hasUniqueIds, 'pair ids must be unique'),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('ordering'),
    /** The steps in their correct order; the learner sees them shuffled. */
    steps: z
      .array(z.strictObject({ id: slug, text: localized, feedback: localized }))
      .min(3)
      .refine(hasUniqueIds, 'step ids must be unique'),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('categorise'),
    categories: z.array(z.strictObject({ id: slug, name: localized })).min(2),
    cards: z
      .array(z.strictObject({ id: slug, text: localized, category: slug, feedback: localized }))
      .min(2),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('spot'),
    /** The case text; each phrase the learner may mark is written [[text]]{phrase-id}. */
    passage: localized,
    phrases: z
      .array(
        z.strictObject({
          id: slug,
          /** The indicator this phrase shows; absent for a phrase that is not an indicator. */
          indicator: slug.optional(),
          feedback: localized,
        }),
      )
      .min(2),
  }),
]);
export type QuestionSource = z.infer<typeof questionSchema>;

export const quizSchema = z.strictObject({
  draw: z.int().positive().optional(),
  passMark: z.number().gt(0).lte(1).default(0.8),
  questions: z.array(questionSchema).min(1),
});
export type QuizSource = z.infer<typeof quizSchema>;

const choiceSchema = z.strictObject({
  id: slug,
  text: localized,
  feedback: localized,
  score: z.int().min(0).max(2),
  indicators: ids,
  next: slug,
});

const dialogueLine = z.strictObject({ speaker: localized, text: localized });

export const scenarioNodeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: slug,
    type: z.literal('situation'),
    narration: localized,
    dialogue: z.array(dialogueLine).default([]),
    choices: z.array(choiceSchema).min(2),
    /** Choices are shown in a different order on each run; true keeps the written order. */
    keepOrder: z.boolean().optional(),
    /** Trainer notes for seminar mode: shown on the presenter's screen only, never on the projector. */
    facilitator: localized.optional(),
  }),
  z.strictObject({
    id: slug,
    type: z.literal('ending'),
    rating: z.enum(['good', 'acceptable', 'harmful']),
    narration: localized,
    debrief: localized,
    facilitator: localized.optional(),
  }),
]);

export const scenarioSchema = z.strictObject({
  id: slug,
  title: localized,
  summary: localized,
  roles: z.array(slug).min(1),
  contentNote: localized.optional(),
  /** What a good response looks like, shown in the debrief; with notes for particular roles. */
  goodResponse: z.strictObject({ text: localized, byRole: z.record(slug, localized).default({}) }),
  /** Questions for small-group discussion, printed on the case cards. */
  discussion: z.array(localized).default([]),
  start: slug,
  nodes: z.array(scenarioNodeSchema).min(2),
});
export type ScenarioSource = z.infer<typeof scenarioSchema>;

export const sourcesSchema = z.array(
  z.strictObject({
    id: slug,
    title: localized,
    publisher: localized,
    url: z.url({ protocol: /^https$/ }),
    checked: z.union([z.date(), z.iso.date()]),
  }),
);

export type SourcesSource = z.infer<typeof sourcesSchema>;

export const indicatorsSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id: slug,
        name: localized,
        /** Shown with the group, e.g. that its item list is still to be verified locally. */
        note: localized.optional(),
      }),
    )
    .min(1),
  indicators: z
    .array(z.strictObject({ id: slug, group: slug, name: localized, description: localized }))
    .min(1),
});

/**
 * Helplines: the verified national ones, each with its sources; and contacts the organisation that
 * deploys the course adds for its region (a city's crisis centre, a non-profit organisation),
 * marked `regional:` with who added them and when they last checked them.
 */
export const helplinesSchema = z.array(
  z
    .strictObject({
      number: z.string().regex(/^\+?[0-9 ()-]+$/, 'a phone number, e.g. "102" or "+7 7172 00 00 00"'),
      name: localized,
      description: localized,
      /** A verified national helpline: where it is published (ids from sources.yaml). */
      sources: z.array(slug).min(1).optional(),
      regional: z
        .strictObject({
          /** The organisation that added the contact and answers for it. */
          addedBy: localized,
          /** When that organisation last checked the number works (YYYY-MM-DD). */
          checked: z.union([z.date(), z.iso.date()]),
        })
        .optional(),
    })
    .refine(
      (h) => (h.sources !== undefined) !== (h.regional !== undefined),
      'needs either sources: [...] (a verified national helpline) or regional: { addedBy, checked } (a contact your organisation adds), not both',
    ),
);
export type HelplinesSource = z.infer<typeof helplinesSchema>;

/** The course's terms: each in all three languages, with a short meaning (CONTENT-FACTS (c)). */
export const glossarySchema = z.array(
  z.strictObject({
    id: slug,
    term: localized,
    meaning: localized,
    /** The term as Kazakhstan's official legal texts use it (else common usage). */
    inLaw: z.boolean().default(false),
    sources: ids,
  }),
);
export type GlossarySource = z.infer<typeof glossarySchema>;

export const referralSchema = z.strictObject({
  /** From a concern to a referral, in order. */
  steps: z.array(z.strictObject({ title: localized, text: localized })).min(3),
  /** What to write down, factually. */
  record: z.array(localized).default([]),
});
