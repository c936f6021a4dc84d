/**
 * A zustand `persist` storage that owns the whole life of saved data: reads it, steps it through
 * every migration from the version it was saved with, validates it, and — when it cannot be read —
 * sets it aside under another key (never deletes it) and reports it, so the learner can be told.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

import { appStore, type KeyValueStore } from '@/lib/storage';

import { useStorageHealth } from './storage-health';

export interface VersionedRecord<T> {
  /** Storage key, e.g. "qorgau.progress". */
  key: string;
  version: number;
  /** `migrations[n]` turns data saved at version n into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** Returns the valid state, or null when the data is not a valid current-version state. */
  validate: (data: unknown) => T | null;
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
  const { state, version } = envelope as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'unreadable' };
  if (version > record.version) return { ok: false, reason: 'newer-version' };
  let data = state;
  try {
    for (let v = version; v < record.version; v++) {
      const step = record.migrations[v];
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

export function createVersionedStorage<T>(
  record: VersionedRecord<T>,
  getStore: () => KeyValueStore = appStore,
): PersistStorage<T> {
  // When unreadable data could not be copied aside, writing would destroy it: stay read-only.
  let readOnly = false;
  const health = () => useStorageHealth.getState();

  return {
    getItem: () => {
      const store = getStore();
      if (!store.persistent) health().report({ kind: 'memory-only' });
      const raw = store.read(record.key);
      if (raw === null) return null;
      const result = restore(record, raw);
      if (result.ok) {
        readOnly = false;
        return { state: result.state, version: record.version };
      }
      const savedAs = `${setAsidePrefix(record.key)}${new Date().toISOString()}`;
      const copied = store.write(savedAs, raw);
      readOnly = !copied.ok;
      health().report({
        kind: 'set-aside',
        store: record.key,
        savedAs: copied.ok ? savedAs : null,
      });
      return null;
    },
    setItem: (_name, value: StorageValue<T>) => {
      if (readOnly) return;
      const result = getStore().write(record.key, JSON.stringify(value));
      if (!result.ok)
        health().report({ kind: 'write-failed', store: record.key, reason: result.reason });
    },
    removeItem: () => {
      // Progress is never removed through persist; resetting writes a fresh state instead.
    },
  };
}

/**
 * Everything saved under `key` — the value in use and every value set aside, newest first — for the
 * learner to download. When setting aside failed, the unreadable value is still the one in use.
 */
export function savedEntries(key: string, getStore: () => KeyValueStore = appStore) {
  const store = getStore();
  const keys = [key, ...store.keys(setAsidePrefix(key)).sort().reverse()];
  return keys.flatMap((k) => {
    const value = store.read(k);
    return value === null ? [] : [{ key: k, value }];
  });
}
