/**
 * Saving for the versioned storage (loaded after the first screen; see versioned-storage.ts).
 *
 * - Every save first reads what is saved; if another tab saved something since, the two are
 *   merged (`record.merge`) and this tab takes the merged state (`adopt`). Nothing new, no write —
 *   so two tabs that merge each other's saves settle instead of writing back and forth.
 * - Unusable saved data is kept: a newer version's is left untouched (read-only until the learner
 *   starts fresh); anything else is copied aside — never the same value twice, at most
 *   MAX_SET_ASIDE copies — and if it cannot be copied, it stays read-only.
 * - A failed write is retried later; when the saved value vanished (storage cleared while the app
 *   runs) every record this tab knows is written back, not only the one being saved.
 */
import type { StorageValue } from 'zustand/middleware';

import { canonical } from '@/lib/canonical';
import { appStore, type KeyValueStore, type WriteResult } from '@/lib/storage';

import { useStorageHealth, type StorageProblem } from './storage-health';
import {
  contexts,
  restore,
  setAsidePrefix,
  type RestoreResult,
  type StorageContext,
} from './versioned-storage';

export const MAX_SET_ASIDE = 3;
const RETRY_MS = 15_000;
const health = () => useStorageHealth.getState();
const about = (p: StorageProblem, store: string) => 'store' in p && p.store === store;
const drop = (gone: (p: StorageProblem) => boolean) =>
  useStorageHealth.setState((s) =>
    s.problems.some(gone) ? { problems: s.problems.filter((p) => !gone(p)) } : s,
  );
/** Saving works again: "full" and "could not save" are over. */
const savedOk = (store: string) =>
  drop((p) => p.kind === 'start-full' || (p.kind === 'write-failed' && p.store === store));

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

/** Saved data that cannot be used: keep it, aside or (read-only) where it is. True if kept aside. */
function keep<T>(ctx: StorageContext<T>, raw: string, reason: RestoreResult<T> & { ok: false }) {
  const key = ctx.record.key;
  if (reason.reason === 'newer-version') {
    ctx.readOnly = true;
    health().report({ kind: 'newer-version', store: key });
    return false;
  }
  const savedAs = setAside(ctx.getStore(), key, raw);
  health().report({ kind: 'set-aside', store: key, savedAs });
  if (savedAs === null) ctx.readOnly = true;
  return savedAs !== null;
}

/** Deals with what the reader left (unusable data, saves that waited), once the writer is here. */
export function settle<T>(ctx: StorageContext<T>): void {
  const found = ctx.unusable;
  ctx.unusable = undefined;
  if (found && keep(ctx, found.raw, { ok: false, reason: found.reason })) ctx.readOnly = false;
  const waiting = ctx.pending;
  if (waiting && !ctx.readOnly) save(ctx, waiting);
}

function written<T>(
  ctx: StorageContext<T>,
  result: WriteResult,
  text: string,
  value: StorageValue<T>,
) {
  if (result.ok) {
    ctx.lastRaw = text;
    ctx.lastState = value.state;
    ctx.pending = undefined;
    ctx.outcome = 'saved';
    savedOk(ctx.record.key);
    return;
  }
  ctx.outcome = 'failed';
  ctx.pending = value;
  health().report({ kind: 'write-failed', store: ctx.record.key, reason: result.reason });
  ctx.retry ??= setTimeout(() => {
    ctx.retry = undefined;
    if (ctx.pending) save(ctx, ctx.pending);
  }, RETRY_MS);
}

function rewriteIfMissing<T>(ctx: StorageContext<T>) {
  const store = ctx.getStore();
  const read = store.read(ctx.record.key);
  if (!ctx.readOnly && read.ok && read.value === null && typeof ctx.lastRaw === 'string')
    store.write(ctx.record.key, ctx.lastRaw);
}

export function save<T>(ctx: StorageContext<T>, value: StorageValue<T>): void {
  if (ctx.adopting) return;
  if (ctx.readOnly) {
    ctx.outcome = 'read-only';
    return;
  }
  const { record } = ctx;
  const store = ctx.getStore();
  const read = store.read(record.key);
  if (!read.ok) {
    ctx.readOnly = true;
    ctx.outcome = 'read-only';
    health().report({ kind: 'read-failed', store: record.key });
    return;
  }
  let state = value.state;
  // What is saved, when it is known (read or written by this tab).
  let saved = read.value === ctx.lastRaw ? ctx.lastState : undefined;
  if (read.value === null && typeof ctx.lastRaw === 'string') {
    // Cleared while we ran: put back everything this tab holds, not only this record.
    for (const other of contexts) rewriteIfMissing(other);
  } else if (read.value !== null && read.value !== ctx.lastRaw) {
    // Another tab saved since: join it with ours rather than write over it.
    const theirs = restore(record, read.value);
    if (!theirs.ok) {
      if (!keep(ctx, read.value, theirs)) {
        ctx.outcome = 'read-only';
        return;
      }
    } else {
      saved = theirs.state;
      if (record.merge) {
        const merged = record.merge.join(state, theirs.state);
        if (merged === undefined) {
          ctx.pending = value;
          void record.merge.load().then(() => ctx.pending && save(ctx, ctx.pending));
          return;
        }
        state = merged;
      }
    }
  }
  const next = { state, version: record.version };
  if (saved !== undefined && canonical(saved) === canonical(state)) {
    ctx.lastRaw = read.value;
    ctx.lastState = saved;
    ctx.outcome = 'unchanged';
    ctx.pending = undefined;
    savedOk(record.key);
  } else {
    const text = JSON.stringify(next);
    written(ctx, store.write(record.key, text), text, next);
  }
  if (ctx.adopt && state !== value.state) {
    ctx.adopting = true;
    try {
      ctx.adopt(state);
    } finally {
      ctx.adopting = false;
    }
  }
}

/** The learner chose to start fresh: what is there may be replaced (a copy is kept if it can be). */
export function startFresh<T>(ctx: StorageContext<T>): void {
  const store = ctx.getStore();
  const read = store.read(ctx.record.key);
  if (read.ok && read.value !== null) setAside(store, ctx.record.key, read.value);
  ctx.readOnly = false;
  ctx.unusable = undefined;
  ctx.lastRaw = read.ok ? read.value : null;
  ctx.lastState = undefined;
  drop(
    (p) =>
      about(p, ctx.record.key) && ['set-aside', 'newer-version', 'read-failed'].includes(p.kind),
  );
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
