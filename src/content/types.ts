/**
 * Shapes of the compiled course as the app receives it: structure once, strings already resolved
 * to one locale. Produced by scripts/content/compile.ts; the app never sees authored YAML.
 */
import type { Locale } from './locales';
import type { Localized, QuestionSource, ScenarioSource, SourcesSource } from './schema';

export type { Locale };

/** Compact, sanitised HTML tree: a text node, or [tag, props, ...children]. */
export type RichNode = string | [string, Record<string, string> | null, ...RichNode[]];

export interface ManifestLesson {
  id: string;
  minutes: number;
  sections: number;
}

/** The course's structure: small, language-free, part of the first screen. */
export interface ManifestModule {
  id: string;
  number: number;
  status: 'ready' | 'planned';
  /** On every role's learning path (see learning-path.ts). */
  core: boolean;
  minutes: number;
  roles: string[];
  lessons: ManifestLesson[];
  scenarios: { id: string; roles: string[] }[];
  quiz?: { questions: number; draw: number; passMark: number };
}

export interface Manifest {
  roles: string[];
  assessment: { draw: number; passMark: number; roleWeight: number };
  modules: ManifestModule[];
}

/**
 * What the course home needs to show, in one language: the course's and each module's title.
 * It is on the first screen (the i18next namespace `course`), so it holds nothing else: the
 * modules' summaries come a moment later with the outline.
 */
export interface CourseText {
  title: string;
  tagline: string;
  modules: Record<string, { title: string }>;
}

/**
 * The titles other screens name things by, in one language: roles, and each module's lessons and
 * scenarios (the i18next namespace `outline`, loaded with the first screen that needs it).
 */
export interface CourseOutline {
  roles: Record<string, string>;
  modules: Record<string, { lessons: Record<string, string>; scenarios: Record<string, string> }>;
  /** Each written module's summary (module cards show it once the outline has arrived). */
  summaries: Record<string, string>;
}

export interface LessonContent {
  id: string;
  title: string;
  sections: { heading: string; body: RichNode[] }[];
  sources: string[];
}

/**
 * A source type (from the zod schemas) as the app receives it: every three-language text resolved
 * to one language, and dates as ISO strings. Compiled types are derived from the schemas with this,
 * so a field added to a schema reaches the app's types without a second declaration.
 */
export type InLocale<T> = T extends Localized
  ? string
  : T extends Date
    ? string
    : T extends readonly (infer U)[]
      ? InLocale<U>[]
      : T extends object
        ? { [K in keyof T]: InLocale<T[K]> }
        : T;

/** Replaces some fields of each member of a union (plain `Omit` would merge the members). */
type Reshape<T, R> = T extends unknown ? Omit<T, keyof R> & R : never;

/**
 * Text shown as separate paragraphs: split at blank lines by the compiler, so the app only
 * renders them.
 */
export type Paragraphs = string[];

/** A spot-the-indicators passage: plain text and the phrases a learner can mark, in order. */
export type SpotSegment = string | { phrase: string; text: string };

type CompiledQuestion<Q> = Q extends { type: 'spot' } ? Reshape<Q, { passage: SpotSegment[] }> : Q;
export type Question = CompiledQuestion<InLocale<QuestionSource>>;

export type QuizOption = Extract<Question, { type: 'single' | 'multiple' }>['options'][number];

export interface QuizContent {
  draw: number;
  passMark: number;
  questions: Question[];
}

type SourceNode = InLocale<ScenarioSource['nodes'][number]>;

export type ScenarioChoice = Reshape<
  Extract<SourceNode, { type: 'situation' }>['choices'][number],
  { feedback: Paragraphs }
>;

type CompiledNode<N> = N extends { type: 'situation' }
  ? Reshape<N, { narration: Paragraphs; choices: ScenarioChoice[] }>
  : Reshape<N, { narration: Paragraphs; debrief: Paragraphs }>;
export type ScenarioNode = CompiledNode<SourceNode>;

export type ScenarioContent = Reshape<
  InLocale<ScenarioSource>,
  {
    goodResponse: { text: Paragraphs; byRole: Record<string, Paragraphs> };
    /** Nodes by id, for stepping through the graph. */
    nodes: Record<string, ScenarioNode>;
  }
>;

/** A scenario as the module page lists it; the scenario itself is in its own chunk. */
export interface ScenarioSummary {
  id: string;
  title: string;
  summary: string;
}

/**
 * One module in one language (`virtual:qorgau/module/<id>/<lang>`): its text, lessons and quiz,
 * and only the titles and summaries of its scenarios.
 */
export interface ModuleContent {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  objectives: string[];
  keyPoints: string[];
  lessons: LessonContent[];
  scenarios: ScenarioSummary[];
  quiz?: QuizContent;
  sources: InLocale<SourcesSource>;
  indicators: Record<string, string>;
  /** The meaning of each glossary term its lessons mark (`:term`), by glossary id. */
  terms: Record<string, string>;
}

/**
 * One scenario in one language (`virtual:qorgau/scenario/<module>/<scenario>/<lang>`), with the
 * names of the indicators its choices tag, so the scenario screen needs no module chunk.
 */
export interface ScenarioChunk {
  moduleId: string;
  locale: Locale;
  scenario: ScenarioContent;
  indicators: Record<string, string>;
}

/** One thing to do in a module: its lessons, scenarios and quiz. */
export type CourseItem =
  | { kind: 'lesson'; moduleId: string; id: string }
  | { kind: 'scenario'; moduleId: string; id: string }
  | { kind: 'quiz'; moduleId: string; id: 'quiz' };

/** The indicator taxonomy in one language, with where in the course each indicator is practised. */
export interface IndicatorTaxonomy {
  groups: {
    id: string;
    name: string;
    note?: string;
    indicators: { id: string; name: string; description: string }[];
  }[];
  /** Where in the course each indicator is practised. */
  practice: Record<string, CourseItem[]>;
}

/** Helplines, referral steps and each role's indicator groups, in one language (print and help). */
export interface HelpContent {
  /** The verified helplines, each with its sources and the date each was checked. */
  helplines: {
    number: string;
    name: string;
    description: string;
    sources: { title: string; url: string; checked: string }[];
  }[];
  /** Contacts added by the organisation that deploys the course, with its own check date. */
  regional: { number: string; name: string; description: string; addedBy: string; checked: string }[];
  referral: { steps: { title: string; text: string }[]; record: string[] };
  roleGroups: Record<string, string[]>;
}

/**
 * Every id a result QR code names, in a fixed order (a code carries indexes into these lists), and
 * the course version: a short SHA-256 of the lists, so a code from another version is refused.
 * Language-free; built by scripts/content/codebook.ts, loaded only by the screens that make or
 * read codes.
 */
export interface Codebook {
  version: string;
  indicators: string[];
  /** The modules with a quiz, in course order, with their questions in bank order. */
  quizzes: { id: string; questions: string[] }[];
  /**
   * Every scenario, keyed `module/scenario`, with its endings and choices, and how many situations
   * it has: a path without a loop takes one choice at each at most, which bounds the largest code
   * `npm run bench` measures (no scenario loops today; the authoring rules would allow one with a
   * way out, and the code format takes up to 255 choices).
   */
  scenarios: { key: string; endings: string[]; choices: string[]; situations: number }[];
}

/**
 * The glossary in one language (`virtual:qorgau/glossary/<lang>`): every term in all three
 * languages (shown side by side), its meaning in this one, in this language's alphabetical order.
 */
export interface GlossaryContent {
  entries: {
    id: string;
    terms: Record<Locale, string>;
    meaning: string;
    inLaw: boolean;
    sources: { title: string; url: string; checked: string }[];
  }[];
}
