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
  prompt: string;
}

export type Question =
  | (QuestionBase & { type: 'single' | 'multiple'; options: QuizOption[] })
  | (QuestionBase & { type: 'true-false'; answer: boolean; feedback: { true: string; false: string } });

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
    }
  | {
      id: string;
      type: 'ending';
      rating: 'good' | 'acceptable' | 'harmful';
      narration: string;
      debrief: string;
    };

export interface ScenarioContent {
  id: string;
  title: string;
  summary: string;
  contentNote?: string;
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
