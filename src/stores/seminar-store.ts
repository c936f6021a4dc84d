/**
 * The trainer's seminar on this device: the session plan and the run under way. Saved, so a
 * reload of the projector or the presenter window loses nothing, and shared between the two
 * windows (see features/seminar/window-link.ts). Group results are not saved: the trainer loads
 * the participants' files again.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import {
  array,
  boolean,
  int,
  nonNegativeInt,
  object,
  oneOf,
  optional,
  string,
  type Check,
} from '@/lib/check';

import { createVersionedStorage, type VersionedRecord } from './versioned-storage';

import { SEMINAR_KEY } from './seminar-key';

export { SEMINAR_KEY };

const planItem = object({
  kind: oneOf(['lesson', 'scenario', 'quiz'] as const),
  moduleId: string,
  id: string,
  minutes: nonNegativeInt,
});
export const isPlan = object({
  sessions: array(object({ title: string, theme: string, items: array(planItem) })),
});

const voteCount: Check<[string, number]> = (v): v is [string, number] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && nonNegativeInt(v[1]);

export const isRun = object({
  item: nonNegativeInt,
  question: nonNegativeInt,
  path: array(string),
  phase: oneOf(['vote', 'revealed'] as const),
  tally: array(voteCount),
  override: optional(string),
  teams: array(object({ name: string, points: int })),
  blank: boolean,
  revision: nonNegativeInt,
  /** When the current step began (ms since 1970), for the presenter's timer. */
  since: optional(nonNegativeInt),
});

export interface PlanItem {
  kind: 'lesson' | 'scenario' | 'quiz';
  moduleId: string;
  id: string;
  minutes: number;
}
export interface Plan {
  sessions: { title: string; theme: string; items: PlanItem[] }[];
}
export interface Team {
  name: string;
  points: number;
}
export interface RunState {
  item: number;
  question: number;
  path: string[];
  phase: 'vote' | 'revealed';
  tally: [string, number][];
  override?: string;
  teams: Team[];
  blank: boolean;
  revision: number;
  since?: number;
}

interface SeminarData {
  plan?: Plan;
  run?: RunState;
}

const isSeminar = object({ plan: optional(isPlan), run: optional(isRun) });

const seminarRecord: VersionedRecord<SeminarData> = {
  key: SEMINAR_KEY,
  version: 1,
  migrations: {},
  validate: (data) => (isSeminar(data) ? (data as SeminarData) : null),
};

interface SeminarActions {
  setPlan: (plan: Plan) => void;
  /** Takes a run state if it is newer than the one held (the other window's, or a reload's). */
  setRun: (run: RunState) => void;
  /** Starts the run again from the beginning (newer than anything a partner window holds). */
  restartRun: (fresh: RunState) => void;
}

export const useSeminarStore = create<SeminarData & SeminarActions>()(
  persist(
    (set) => ({
      setPlan: (plan) => set({ plan }),
      setRun: (run) => set((s) => (s.run && run.revision < s.run.revision ? s : { run })),
      restartRun: (fresh) =>
        set((s) => ({ run: { ...fresh, revision: (s.run?.revision ?? 0) + 1 } })),
    }),
    {
      name: seminarRecord.key,
      version: seminarRecord.version,
      storage: createVersionedStorage(seminarRecord),
      partialize: ({ plan, run }) => ({ ...(plan ? { plan } : {}), ...(run ? { run } : {}) }),
    },
  ),
);
