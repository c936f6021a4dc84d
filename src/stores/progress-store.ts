/**
 * The learner's progress: what is done, the quiz attempt and scenario run under way, and where they
 * stopped. Persisted on the device through the versioned storage (see progress-record.ts).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';

import { own } from '@/lib/check';

import { mergeProgress } from './progress-merge';
import {
  emptyProgress,
  isProgress,
  itemKey,
  MAX_HISTORY,
  progressRecord,
  PROGRESS_VERSION,
  type ProgressData,
  type QuizResult,
  type ScenarioResult,
} from './progress-record';
import { createVersionedStorage, type SaveOutcome } from './versioned-storage';

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
const capped = <T>(history: T[]) => history.slice(-MAX_HISTORY);

const dataOf = ({ lessons, quizzes, scenarios, lastVisited }: ProgressData): ProgressData => ({
  lessons,
  quizzes,
  scenarios,
  ...(lastVisited ? { lastVisited } : {}),
});

/**
 * Two tabs' progress joined. Each tab keeps its histories within the cap, but together they may
 * pass it; the oldest results go, so the merge never yields a state the validator refuses.
 */
function mergeTabs(here: ProgressData, saved: ProgressData): ProgressData {
  const merged = mergeProgress(here, saved);
  const cap = <T extends { history: unknown[] }>(entries: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, { ...v, history: capped(v.history) }]),
    );
  return { ...merged, quizzes: cap(merged.quizzes), scenarios: cap(merged.scenarios) };
}

// Another tab's save, met while saving, is merged in and this tab takes the result.
const progressStorage = createVersionedStorage(
  { ...progressRecord, merge: mergeTabs },
  undefined,
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
      name: progressRecord.key,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: (s: ProgressStore): ProgressData => dataOf(s),
      // Reading again (another tab saved) joins what was saved with what is here, never replaces.
      merge: (saved: unknown, current: ProgressStore): ProgressStore => ({
        ...current,
        ...(saved ? mergeTabs(dataOf(current), saved as ProgressData) : {}),
      }),
    },
  ),
);

/** Back to an empty record (tests). */
export function resetProgress(): void {
  useProgressStore.setState(emptyProgress(), false);
}

/**
 * The learner's deliberate "start fresh": what is saved (even unreadable, or from a newer version)
 * is replaced by an empty record; a copy is set aside first where one can still be kept.
 */
export function startFresh(): SaveOutcome {
  progressStorage.startFresh();
  useProgressStore.setState(emptyProgress());
  return progressStorage.lastSave();
}

/**
 * After another tab saved: read it again and merge. If this tab holds something the saved value
 * lacks (both tabs saved at the same moment), save the merged state back.
 */
export async function syncProgressFromOtherTab(): Promise<void> {
  await useProgressStore.persist.rehydrate();
  useProgressStore.setState({});
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

/** The progress in this tab now (for a download), whether or not it could be saved. */
export const currentProgress = (): ProgressData => dataOf(useProgressStore.getState());

export type ImportOutcome = SaveOutcome | 'too-large';

/**
 * Merges progress from a file into this device's; nothing already here is lost. A merged state the
 * saved-data validator would refuse (histories past their cap) is not taken at all.
 */
export function importProgress(incoming: ProgressData): ImportOutcome {
  const merged = mergeProgress(currentProgress(), incoming);
  if (!isProgress(merged)) return 'too-large';
  useProgressStore.setState(merged);
  return progressStorage.lastSave();
}
