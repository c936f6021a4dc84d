/**
 * A zustand `persist` storage that owns the whole life of saved data: reads it, steps it through
 * every migration from the version it was saved with, validates it, and — when it cannot be read —
 * keeps it (set aside under another key, or left where it is) and reports it, so the learner can
 * be told. Reading is here, on the first screen; saving, merging with other tabs and everything
 * done about data that cannot be used live in versioned-writer.ts, which loads right after the
 * first screen (and before the first save is written; saves made before it arrives wait for it).
 *
 * A failed read, data from a newer version, or unreadable data not yet (or not) copied aside
 * leaves the storage read-only: nothing is written over what is there.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

import { appStore, type KeyValueStore } from '@/lib/storage';

import { useStorageHealth } from './storage-health';
import type * as Writer from './versioned-writer';

export interface VersionedRecord<T> {
  /** Storage key, e.g. "qorgau.progress". */
  key: string;
  version: number;
  /** `migrations[n]` turns data saved at version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Returns the valid state, or null when the data is not a valid current-version state. */
  validate: (data: unknown) => T | null;
  /**
   * Joins this tab's state with one another tab saved; without it the last write wins. `join`
   * gives undefined while the merge code is still loading: the save then waits for `load`.
   */
  merge?: { join: (ours: T, saved: T) => T | undefined; load: () => Promise<unknown> };
}

export type RestoreResult<T> =
  { ok: true; state: T } | { ok: false; reason: 'unreadable' | 'newer-version' | 'invalid' };

/** Parses, migrates and validates one saved value. Pure apart from the migrations themselves. */
export function restore<T>(record: VersionedRecord<T>, raw: string): RestoreResult<T> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (typeof envelope !== 'object' || envelope === null) return { ok: false, reason: 'unreadable' };
  const state = Object.hasOwn(envelope, 'state') ? (envelope as { state: unknown }).state : null;
  const version = Object.hasOwn(envelope, 'version')
    ? (envelope as { version: unknown }).version
    : null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'unreadable' };
  if (version > record.version) return { ok: false, reason: 'newer-version' };
  let data = state;
  try {
    for (let v = version; v < record.version; v++) {
      const step = Object.hasOwn(record.migrations, v) ? record.migrations[v] : undefined;
      if (!step) return { ok: false, reason: 'invalid' };
      data = step(data);
    }
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const valid = record.validate(data);
  return valid === null ? { ok: false, reason: 'invalid' } : { ok: true, state: valid };
}

export const setAsidePrefix = (key: string) => `${key}.set-aside.`;

/** How the last save went: saved, nothing new to save, not written (read-only), or failed. */
export type SaveOutcome = 'saved' | 'unchanged' | 'read-only' | 'failed';

/** One storage's state, shared with the writer. */
export interface StorageContext<T> {
  record: VersionedRecord<T>;
  getStore: () => KeyValueStore;
  adopt: ((state: T) => void) | undefined;
  readOnly?: boolean;
  /** The value as this tab last read or wrote it: anything else there another tab wrote. */
  lastRaw?: string | null;
  /** The state `lastRaw` holds, when it could be read. */
  lastState?: T | undefined;
  /** Saved data found unusable at start, for the writer to deal with. */
  unusable?: { raw: string; reason: 'unreadable' | 'newer-version' | 'invalid' } | undefined;
  outcome?: SaveOutcome;
  pending?: StorageValue<T> | undefined;
  retry?: ReturnType<typeof setTimeout> | undefined;
  adopting?: boolean;
}

export interface VersionedStorage<T> extends PersistStorage<T> {
  lastSave: () => SaveOutcome;
  /** Leaves read-only mode on the learner's word: the next save replaces what is there. */
  startFresh: () => Promise<void>;
}

type Writer = typeof Writer;
let writer: Writer | undefined;
let loading: Promise<Writer> | undefined;

/** Loads the writer (once); the app calls this right after the first screen. */
export function loadWriter(): Promise<Writer> {
  return (loading ??= import('./versioned-writer').then((w) => {
    writer = w;
    for (const ctx of contexts) w.settle(ctx);
    return w;
  }));
}

/** Every versioned storage of this tab, so a storage cleared under us is rewritten whole. */
export const contexts = new Set<StorageContext<unknown>>();

export function createVersionedStorage<T>(
  record: VersionedRecord<T>,
  getStore: () => KeyValueStore = appStore,
  adopt?: (state: T) => void,
): VersionedStorage<T> {
  const ctx: StorageContext<T> = { record, getStore, adopt };
  contexts.add(ctx as unknown as StorageContext<unknown>);
  const health = () => useStorageHealth.getState();

  return {
    getItem: () => {
      const store = getStore();
      if (!store.persistent && !store.byChoice) health().report({ kind: 'memory-only' });
      if (store.writeProblemAtStart)
        health().report({ kind: 'start-full', reason: store.writeProblemAtStart });
      const read = store.read(record.key);
      if (!read.ok) {
        ctx.readOnly = true;
        health().report({ kind: 'read-failed', store: record.key });
        return null;
      }
      // Gone since this tab last saw it (storage cleared): keep what this tab knows, so the next
      // save writes every record back.
      if (read.value === null) return null;
      ctx.lastRaw = read.value;
      const result = restore(record, read.value);
      ctx.lastState = result.ok ? result.state : undefined;
      if (result.ok) return { state: result.state, version: record.version };
      // Nothing is written until the writer has kept it (set aside, or left alone if newer).
      ctx.readOnly = true;
      ctx.unusable = { raw: read.value, reason: result.reason };
      if (writer) writer.settle(ctx);
      else void loadWriter();
      return null;
    },
    setItem: (_name, value: StorageValue<T>) => {
      if (writer) return writer.save(ctx, value);
      ctx.pending = value;
      void loadWriter();
    },
    removeItem: () => {
      // Progress is never removed through persist; resetting writes a fresh state instead.
    },
    lastSave: () => ctx.outcome ?? 'unchanged',
    startFresh: async () => (await loadWriter()).startFresh(ctx),
  };
}
