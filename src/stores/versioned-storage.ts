/**
 * A zustand `persist` storage that owns the whole life of saved data: reads it, steps it through
 * every migration from the version it was saved with, validates it, and — when it cannot be read —
 * sets it aside under another key (never deletes it) and reports it, so the learner can be told.
 *
 * What it guarantees:
 * - A failed read, data from a newer version, or unreadable data that could not be copied aside
 *   puts it in read-only mode: nothing is written over what is there until the learner chooses to
 *   start fresh.
 * - The same unreadable value is never copied twice, and at most MAX_SET_ASIDE copies are kept.
 * - Every write first reads what is saved; if another tab saved something since, the two are
 *   merged (`record.merge`) and this tab takes the merged state (`adopt`). Nothing new, no write —
 *   so two tabs that merge each other's saves settle instead of writing back and forth.
 * - A write that fails is retried later; when the saved value vanished (storage cleared while the
 *   app runs) every record this tab knows is written back, not only the one being saved.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

import { appStore, type KeyValueStore, type WriteResult } from '@/lib/storage';

import { canonical } from './progress-merge';
import { useStorageHealth } from './storage-health';

export interface VersionedRecord<T> {
  /** Storage key, e.g. "qorgau.progress". */
  key: string;
  version: number;
  /** `migrations[n]` turns data saved at version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Returns the valid state, or null when the data is not a valid current-version state. */
  validate: (data: unknown) => T | null;
  /** Joins this tab's state with one another tab saved; without it the last write wins. */
  merge?: (ours: T, saved: T) => T;
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
export const MAX_SET_ASIDE = 3;

/**
 * Copies `raw` aside unless an identical copy exists. Returns the key it is kept under, or null
 * when it could not be kept (copies at their cap, or the write failed).
 */
export function setAside(store: KeyValueStore, key: string, raw: string): string | null {
  const copies = store.keys(setAsidePrefix(key)).sort();
  const existing = copies.find((k) => {
    const copy = store.read(k);
    return copy.ok && copy.value === raw;
  });
  if (existing) return existing;
  if (copies.length >= MAX_SET_ASIDE) return null;
  const savedAs = `${setAsidePrefix(key)}${new Date().toISOString()}`;
  return store.write(savedAs, raw).ok ? savedAs : null;
}

/** How the last save went: saved, nothing new to save, not written (read-only), or failed. */
export type SaveOutcome = 'saved' | 'unchanged' | 'read-only' | 'failed';

export interface VersionedStorage<T> extends PersistStorage<T> {
  lastSave: () => SaveOutcome;
  /** Leaves read-only mode on the learner's word: the next save replaces what is there. */
  startFresh: () => void;
}

const RETRY_MS = 15_000;

/** Every versioned storage of this tab, so a storage cleared under us is rewritten whole. */
const known = new Set<{ rewriteIfMissing: () => void }>();

export function createVersionedStorage<T>(
  record: VersionedRecord<T>,
  getStore: () => KeyValueStore = appStore,
  adopt?: (state: T) => void,
): VersionedStorage<T> {
  // Not written while what is saved could not be read, is newer, or could not be kept aside.
  let readOnly = false;
  // The value as this tab last read or wrote it: anything else there was written by another tab.
  let lastRaw: string | null = null;
  let lastCanon: string | undefined;
  let outcome: SaveOutcome = 'unchanged';
  let pending: StorageValue<T> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let adopting = false;
  const health = () => useStorageHealth.getState();

  const goReadOnly = (problem: Parameters<ReturnType<typeof health>['report']>[0]) => {
    readOnly = true;
    health().report(problem);
  };

  /** What is saved now could not be used: keep it, either aside or (read-only) where it is. */
  const cannotUse = (
    store: KeyValueStore,
    raw: string,
    reason: RestoreResult<T> & { ok: false },
  ) => {
    if (reason.reason === 'newer-version') {
      goReadOnly({ kind: 'newer-version', store: record.key });
      return;
    }
    const savedAs = setAside(store, record.key, raw);
    if (savedAs === null) goReadOnly({ kind: 'set-aside', store: record.key, savedAs: null });
    else health().report({ kind: 'set-aside', store: record.key, savedAs });
  };

  const written = (result: WriteResult, text: string, value: StorageValue<T>): boolean => {
    if (result.ok) {
      lastRaw = text;
      pending = undefined;
      outcome = 'saved';
      health().saved(record.key);
      return true;
    }
    outcome = 'failed';
    pending = value;
    health().report({ kind: 'write-failed', store: record.key, reason: result.reason });
    if (retry === undefined && typeof window !== 'undefined')
      retry = setTimeout(() => {
        retry = undefined;
        if (pending) storage.setItem(record.key, pending);
      }, RETRY_MS);
    return false;
  };

  const storage: VersionedStorage<T> = {
    getItem: () => {
      const store = getStore();
      if (!store.persistent) health().report({ kind: 'memory-only' });
      if (store.writeProblemAtStart)
        health().report({ kind: 'start-full', reason: store.writeProblemAtStart });
      const read = store.read(record.key);
      if (!read.ok) {
        goReadOnly({ kind: 'read-failed', store: record.key });
        return null;
      }
      // Gone since this tab last saw it (storage cleared): keep what this tab knows, so the next
      // save writes every record back.
      if (read.value === null) return null;
      lastRaw = read.value;
      lastCanon = undefined;
      const result = restore(record, read.value);
      if (result.ok) {
        lastCanon = canonical(result.state);
        return { state: result.state, version: record.version };
      }
      cannotUse(store, read.value, result);
      return null;
    },
    setItem: (_name, value: StorageValue<T>) => {
      if (readOnly || adopting) {
        if (readOnly) outcome = 'read-only';
        return;
      }
      const store = getStore();
      const read = store.read(record.key);
      if (!read.ok) {
        outcome = 'read-only';
        goReadOnly({ kind: 'read-failed', store: record.key });
        return;
      }
      let state = value.state;
      // What is saved, in canonical form, when it is known (read or written by this tab).
      let savedCanon = read.value === lastRaw ? lastCanon : undefined;
      if (read.value === null && lastRaw !== null) {
        // Cleared while we ran: put back everything this tab holds, not only this record.
        for (const other of known) other.rewriteIfMissing();
      } else if (read.value !== null && read.value !== lastRaw) {
        // Another tab saved since: join it with ours rather than write over it.
        const saved = restore(record, read.value);
        if (!saved.ok) {
          cannotUse(store, read.value, saved);
          if (readOnly) {
            outcome = 'read-only';
            return;
          }
        } else {
          savedCanon = canonical(saved.state);
          if (record.merge) state = record.merge(state, saved.state);
        }
      }
      const next = { state, version: record.version };
      const canon = canonical(state);
      if (savedCanon !== undefined && savedCanon === canon) {
        lastRaw = read.value;
        lastCanon = canon;
        outcome = 'unchanged';
        pending = undefined;
        health().saved(record.key);
      } else {
        const text = JSON.stringify(next);
        if (written(store.write(record.key, text), text, next)) lastCanon = canon;
      }
      if (adopt && state !== value.state) {
        adopting = true;
        try {
          adopt(state);
        } finally {
          adopting = false;
        }
      }
    },
    removeItem: () => {
      // Progress is never removed through persist; resetting writes a fresh state instead.
    },
    lastSave: () => outcome,
    startFresh: () => {
      const store = getStore();
      const read = store.read(record.key);
      // Keep a copy of what is replaced when one can still be kept (it is not the learner's
      // only chance: the notice offered the download before this).
      if (read.ok && read.value !== null) setAside(store, record.key, read.value);
      readOnly = false;
      lastRaw = read.ok ? read.value : null;
      lastCanon = undefined;
      health().settle(record.key);
    },
  };

  known.add({
    rewriteIfMissing: () => {
      const store = getStore();
      const read = store.read(record.key);
      if (!readOnly && read.ok && read.value === null && lastRaw !== null)
        store.write(record.key, lastRaw);
    },
  });
  return storage;
}

/**
 * Everything saved under `key` — the value in use and every value set aside, newest first — for the
 * learner to download (and load back through "Load a progress file"). When setting aside failed,
 * the unreadable value is still the one in use.
 */
export function savedEntries(key: string, getStore: () => KeyValueStore = appStore) {
  const store = getStore();
  const keys = [key, ...store.keys(setAsidePrefix(key)).sort().reverse()];
  return keys.flatMap((k) => {
    const read = store.read(k);
    return read.ok && read.value !== null ? [{ key: k, value: read.value }] : [];
  });
}
