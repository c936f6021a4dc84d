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
}

const same = (a: StorageProblem, b: StorageProblem) => JSON.stringify(a) === JSON.stringify(b);

export const useStorageHealth = create<StorageHealthState & StorageHealthActions>()((set) => ({
  problems: [],
  report: (problem) =>
    set((s) =>
      s.problems.some((p) => same(p, problem)) ? s : { problems: [...s.problems, problem] },
    ),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => !same(p, problem)) })),
}));
