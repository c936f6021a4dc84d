/**
 * What the learner must be told about saving: data set aside because it could not be read, data
 * from a newer version left alone, a read that failed, writes that failed, a storage full from the
 * start, or a browser that refuses storage. Memory only — it describes this session.
 */
import { create } from 'zustand';

export type StorageProblem =
  | { kind: 'memory-only' }
  | { kind: 'start-full'; reason: 'quota' | 'blocked' }
  | { kind: 'read-failed'; store: string }
  | { kind: 'newer-version'; store: string }
  | { kind: 'set-aside'; store: string; savedAs: string | null }
  | { kind: 'write-failed'; store: string; reason: 'quota' | 'blocked' };

interface StorageHealthState {
  problems: StorageProblem[];
}

interface StorageHealthActions {
  report: (problem: StorageProblem) => void;
  dismiss: (problem: StorageProblem) => void;
  /** Saving works again: the problems it settles go (`store` saved; storage not full any more). */
  saved: (store: string) => void;
  /** The learner started fresh: what the old data of `store` caused is settled. */
  settle: (store: string) => void;
}

const same = (a: StorageProblem, b: StorageProblem) => JSON.stringify(a) === JSON.stringify(b);
const about = (p: StorageProblem, store: string) => 'store' in p && p.store === store;

export const useStorageHealth = create<StorageHealthState & StorageHealthActions>()((set) => ({
  problems: [],
  report: (problem) =>
    set((s) =>
      s.problems.some((p) => same(p, problem)) ? s : { problems: [...s.problems, problem] },
    ),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => !same(p, problem)) })),
  saved: (store) =>
    set((s) => {
      const problems = s.problems.filter(
        (p) => p.kind !== 'start-full' && !(p.kind === 'write-failed' && p.store === store),
      );
      return problems.length === s.problems.length ? s : { problems };
    }),
  settle: (store) =>
    set((s) => ({
      problems: s.problems.filter(
        (p) => !(about(p, store) && ['set-aside', 'newer-version', 'read-failed'].includes(p.kind)),
      ),
    })),
}));
