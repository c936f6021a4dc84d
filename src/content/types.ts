/**
 * Shapes of the compiled course as the app receives it: structure once, strings already resolved
 * to one locale. Produced by scripts/content/compile.ts; the app never sees authored YAML.
 */
import type { Locale } from './locales';

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

/** The course-level text in one language (titles for the home screen and navigation). */
export interface CourseText {
  title: string;
  tagline: string;
  roles: Record<string, string>;
  modules: Record<
    string,
    { title: string; summary?: string; lessons: Record<string, string>; scenarios: Record<string, string> }
  >;
}

export interface LessonContent {
  id: string;
  title: string;
  sections: { heading: string; body: RichNode[] }[];
  sources: string[];
}

export interface QuizOption {
  id: string;
  text: string;
  feedback: string;
  correct: boolean;
}

interface QuestionBase {
  id: string;
  lesson: string;
  indicators: string[];
  roles: string[];
  prompt: string;
}

/** A spot-the-indicators passage: plain text and the phrases a learner can mark, in order. */
export type SpotSegment = string | { phrase: string; text: string };

export type Question =
  | (QuestionBase & { type: 'single' | 'multiple'; options: QuizOption[] })
  | (QuestionBase & { type: 'true-false'; answer: boolean; feedback: { true: string; false: string } })
  | (QuestionBase & {
      type: 'matching';
      pairs: { id: string; item: string; match: string; feedback: string }[];
    })
  | (QuestionBase & { type: 'ordering'; steps: { id: string; text: string; feedback: string }[] })
  | (QuestionBase & {
      type: 'categorise';
      categories: { id: string; name: string }[];
      cards: { id: string; text: string; category: string; feedback: string }[];
    })
  | (QuestionBase & {
      type: 'spot';
      passage: SpotSegment[];
      phrases: { id: string; indicator?: string; feedback: string }[];
    });

export type QuestionType = Question['type'];

export interface QuizContent {
  draw: number;
  passMark: number;
  questions: Question[];
}

export interface ScenarioChoice {
  id: string;
  text: string;
  feedback: string;
  score: number;
  indicators: string[];
  next: string;
}

export type ScenarioNode =
  | {
      id: string;
      type: 'situation';
      narration: string;
      dialogue: { speaker: string; text: string }[];
      choices: ScenarioChoice[];
      /** Trainer notes (seminar mode's presenter screen only). */
      facilitator?: string;
    }
  | {
      id: string;
      type: 'ending';
      rating: 'good' | 'acceptable' | 'harmful';
      narration: string;
      debrief: string;
      facilitator?: string;
    };

export interface ScenarioContent {
  id: string;
  title: string;
  summary: string;
  contentNote?: string;
  goodResponse: { text: string; byRole: Record<string, string> };
  discussion: string[];
  start: string;
  nodes: Record<string, ScenarioNode>;
}

export interface ModuleContent {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  objectives: string[];
  keyPoints: string[];
  lessons: LessonContent[];
  scenarios: ScenarioContent[];
  quiz?: QuizContent;
  sources: { id: string; title: string; publisher: string; url: string; checked: string }[];
  indicators: Record<string, string>;
}

export interface PracticePlace {
  kind: 'lesson' | 'scenario' | 'quiz';
  moduleId: string;
  id: string;
}

/** The indicator taxonomy in one language, with where in the course each indicator is practised. */
export interface IndicatorTaxonomy {
  groups: {
    id: string;
    name: string;
    note?: string;
    indicators: { id: string; name: string; description: string }[];
  }[];
  practice: Record<string, PracticePlace[]>;
}

/** Helplines, referral steps and each role's indicator groups, in one language (print and help). */
export interface HelpContent {
  helplines: { number: string; name: string; description: string; sources: { title: string; url: string }[] }[];
  referral: { steps: { title: string; text: string }[]; record: string[] };
  roleGroups: Record<string, string[]>;
}
