/**
 * The learner's progress: what is done, the quiz attempt and scenario run under way, and where they
 * stopped. Persisted on the device through the versioned storage (see progress-record.ts).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';

import {
  emptyProgress,
  itemKey,
  progressRecord,
  PROGRESS_VERSION,
  type ProgressData,
  type QuizResult,
  type ScenarioResult,
} from './progress-record';
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

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set) => ({
      ...emptyProgress(),
      openSection: (moduleId, lessonId, index) =>
        set((s) => {
          const key = itemKey(moduleId, lessonId);
          const current = s.lessons[key];
          if (current && current.reached >= index) return s;
          return { lessons: { ...s.lessons, [key]: { ...current, reached: index } } };
        }),
      completeLesson: (moduleId, lessonId) =>
        set((s) => {
          const key = itemKey(moduleId, lessonId);
          const current = s.lessons[key] ?? { reached: 0 };
          if (current.completedAt) return s;
          return { lessons: { ...s.lessons, [key]: { ...current, completedAt: now() } } };
        }),
      startQuiz: (moduleId, seed, questionIds) =>
        set((s) => ({
          quizzes: {
            ...s.quizzes,
            [moduleId]: {
              history: s.quizzes[moduleId]?.history ?? [],
              attempt: { seed, questionIds, answers: {}, startedAt: now() },
            },
          },
        })),
      answerQuestion: (moduleId, questionId, answer) =>
        set((s) => {
          const quiz = s.quizzes[moduleId];
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
              history: [...(s.quizzes[moduleId]?.history ?? []), { ...result, at: now() }],
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
                history: s.scenarios[key]?.history ?? [],
                run: { choices, startedAt: now() },
              },
            },
          };
        }),
      choose: (moduleId, scenarioId, choiceId) =>
        set((s) => {
          const key = itemKey(moduleId, scenarioId);
          const entry = s.scenarios[key];
          if (!entry?.run) return s;
          const run = { ...entry.run, choices: [...entry.run.choices, choiceId] };
          return { scenarios: { ...s.scenarios, [key]: { ...entry, run } } };
        }),
      finishScenario: (moduleId, scenarioId, result) =>
        set((s) => {
          const key = itemKey(moduleId, scenarioId);
          const entry = s.scenarios[key] ?? { history: [] };
          return {
            scenarios: {
              ...s.scenarios,
              [key]: { ...entry, history: [...entry.history, { ...result, at: now() }] },
            },
          };
        }),
      visit: (path) => set({ lastVisited: { path, at: now() } }),
    }),
    {
      name: progressRecord.key,
      version: PROGRESS_VERSION,
      storage: createVersionedStorage(progressRecord),
      partialize: ({ lessons, quizzes, scenarios, lastVisited }): ProgressData => ({
        lessons,
        quizzes,
        scenarios,
        ...(lastVisited ? { lastVisited } : {}),
      }),
    },
  ),
);

/** Back to an empty record (tests, and a future "start over" in settings). */
export function resetProgress(): void {
  useProgressStore.setState(emptyProgress(), false);
}

/** The saved data without the actions, re-rendering only when it changes. */
export function useProgressData(): ProgressData {
  return useProgressStore(
    useShallow(({ lessons, quizzes, scenarios, lastVisited }) => ({
      lessons,
      quizzes,
      scenarios,
      ...(lastVisited ? { lastVisited } : {}),
    })),
  );
}

/** Merges progress from a file into this device's; nothing already here is lost. */
export function importProgress(
  incoming: ProgressData,
  merge: (here: ProgressData, incoming: ProgressData) => ProgressData,
): void {
  const { lessons, quizzes, scenarios, lastVisited } = useProgressStore.getState();
  useProgressStore.setState(
    merge({ lessons, quizzes, scenarios, ...(lastVisited ? { lastVisited } : {}) }, incoming),
  );
}
