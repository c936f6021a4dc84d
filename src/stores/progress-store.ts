/**
 * The learner's progress: what is done, the quiz attempt and scenario run under way, and where they
 * stopped. Persisted on the device through the versioned storage (see progress-record.ts).
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { own } from '@/lib/check';

import {
  emptyProgress,
  itemKey,
  MAX_HISTORY,
  progressRecord,
  PROGRESS_VERSION,
  type ProgressData,
  type QuizResult,
  type ScenarioResult,
} from './progress-record';
import { profileStore, progressKey } from './profile-keys';
import { createVersionedStorage } from './versioned-storage';

interface ProgressActions {
  openSection: (moduleId: string, lessonId: string, index: number) => void;
  completeLesson: (moduleId: string, lessonId: string) => void;
  startQuiz: (moduleId: string, seed: number, questionIds: string[]) => void;
  answerQuestion: (moduleId: string, questionId: string, answer: string[]) => void;
  finishQuiz: (moduleId: string, result: Omit<QuizResult, 'at'>) => void;
  startScenario: (moduleId: string, scenarioId: string, choices?: string[]) => void;
  choose: (moduleId: string, scenarioId: string, choiceId: string) => void;
  finishScenario: (
    moduleId: string,
    scenarioId: string,
    result: Omit<ScenarioResult, 'at'>,
  ) => void;
  visit: (path: string) => void;
}

export type ProgressStore = ProgressData & ProgressActions;

const now = () => new Date().toISOString();

/** The newest results, at most MAX_HISTORY: the oldest goes once a quiz was taken 200 times. */
export const capped = <T>(history: T[]) => history.slice(-MAX_HISTORY);

export const dataOf = ({
  lessons,
  quizzes,
  scenarios,
  lastVisited,
}: ProgressData): ProgressData => ({
  lessons,
  quizzes,
  scenarios,
  ...(lastVisited ? { lastVisited } : {}),
});

type Merge = (here: ProgressData, saved: ProgressData) => ProgressData;
let merge: Merge | undefined;

/** The merge of two tabs' progress is not on the first screen: it loads when first needed. */
export const loadMerge = (): Promise<Merge> =>
  import('./progress-merge').then((m) => (merge = m.mergeTabs));

// Another tab's save, met while saving, is merged in and this tab takes the result. Saved under
// the profile in use (profile-keys.ts).
export const progressStorage = createVersionedStorage(
  {
    ...progressRecord,
    key: progressKey,
    merge: { join: (a, b) => merge?.(a, b), load: loadMerge },
  },
  profileStore,
  (state) => useProgressStore.setState(state),
);

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set) => ({
      ...emptyProgress(),
      openSection: (moduleId, lessonId, index) =>
        set((s) => {
          const key = itemKey(moduleId, lessonId);
          const current = own(s.lessons, key);
          if (current && current.reached >= index) return s;
          return { lessons: { ...s.lessons, [key]: { ...current, reached: index } } };
        }),
      completeLesson: (moduleId, lessonId) =>
        set((s) => {
          const key = itemKey(moduleId, lessonId);
          const current = own(s.lessons, key) ?? { reached: 0 };
          if (current.completedAt) return s;
          return { lessons: { ...s.lessons, [key]: { ...current, completedAt: now() } } };
        }),
      startQuiz: (moduleId, seed, questionIds) =>
        set((s) => ({
          quizzes: {
            ...s.quizzes,
            [moduleId]: {
              history: own(s.quizzes, moduleId)?.history ?? [],
              attempt: { seed, questionIds, answers: {}, startedAt: now() },
            },
          },
        })),
      answerQuestion: (moduleId, questionId, answer) =>
        set((s) => {
          const quiz = own(s.quizzes, moduleId);
          if (!quiz?.attempt) return s;
          const attempt = {
            ...quiz.attempt,
            answers: { ...quiz.attempt.answers, [questionId]: answer },
          };
          return { quizzes: { ...s.quizzes, [moduleId]: { ...quiz, attempt } } };
        }),
      finishQuiz: (moduleId, result) =>
        set((s) => ({
          quizzes: {
            ...s.quizzes,
            [moduleId]: {
              history: capped([
                ...(own(s.quizzes, moduleId)?.history ?? []),
                { ...result, at: now() },
              ]),
            },
          },
        })),
      startScenario: (moduleId, scenarioId, choices = []) =>
        set((s) => {
          const key = itemKey(moduleId, scenarioId);
          return {
            scenarios: {
              ...s.scenarios,
              [key]: {
                history: own(s.scenarios, key)?.history ?? [],
                run: { choices, startedAt: now() },
              },
            },
          };
        }),
      choose: (moduleId, scenarioId, choiceId) =>
        set((s) => {
          const key = itemKey(moduleId, scenarioId);
          const entry = own(s.scenarios, key);
          if (!entry?.run) return s;
          const run = { ...entry.run, choices: [...entry.run.choices, choiceId] };
          return { scenarios: { ...s.scenarios, [key]: { ...entry, run } } };
        }),
      finishScenario: (moduleId, scenarioId, result) =>
        set((s) => {
          const key = itemKey(moduleId, scenarioId);
          const entry = own(s.scenarios, key) ?? { history: [] };
          return {
            scenarios: {
              ...s.scenarios,
              [key]: { ...entry, history: capped([...entry.history, { ...result, at: now() }]) },
            },
          };
        }),
      visit: (path) => set({ lastVisited: { path, at: now() } }),
    }),
    {
      name: progressKey,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: (s: ProgressStore): ProgressData => dataOf(s),
    },
  ),
);

/** Back to an empty record (tests). */
export function resetProgress(): void {
  useProgressStore.setState(emptyProgress(), false);
}

/**
 * The saved data without the actions, re-rendering only when it changes (one selector per part
 * and a memo, which costs the first screen less than zustand's general shallow comparison).
 */
export function useProgressData(): ProgressData {
  const lessons = useProgressStore((s) => s.lessons);
  const quizzes = useProgressStore((s) => s.quizzes);
  const scenarios = useProgressStore((s) => s.scenarios);
  const lastVisited = useProgressStore((s) => s.lastVisited);
  return useMemo(
    () => ({ lessons, quizzes, scenarios, ...(lastVisited ? { lastVisited } : {}) }),
    [lessons, quizzes, scenarios, lastVisited],
  );
}
