import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { KeyValueStore, WriteResult } from '@/lib/storage';

import { progressRecord } from './progress-record';
import { useStorageHealth } from './storage-health';
import {
  createVersionedStorage,
  loadWriter,
  restore,
  type VersionedRecord,
} from './versioned-storage';
import { savedEntries } from './versioned-writer';

function fakeStore(initial: Record<string, string> = {}, failWrites?: WriteResult): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    persistent: true,
    read: (k) => ({ ok: true, value: data.get(k) ?? null }),
    write: (k, v) => {
      if (failWrites) return failWrites;
      data.set(k, v);
      return { ok: true };
    },
    remove: (k) => void data.delete(k),
    keys: (p) => [...data.keys()].filter((k) => k.startsWith(p)),
  };
}

const fixture = (version: number) =>
  readFileSync(path.resolve(__dirname, `../../tests/fixtures/progress/v${version}.json`), 'utf8');
const v2Fixture = fixture(2);
const v1Fixture = readFileSync(
  path.resolve(__dirname, '../../tests/fixtures/progress/v1.json'),
  'utf8',
);

beforeAll(async () => {
  await loadWriter();
});
beforeEach(() => useStorageHealth.setState({ problems: [] }));

describe('progress record', () => {
  it('migrates the frozen version-1 fixture, keeping everything and adding empty indicator lists', () => {
    const result = restore(progressRecord, v1Fixture);
    const v1 = JSON.parse(v1Fixture).state;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.lessons).toEqual(v1.lessons);
    expect(result.state.lastVisited).toEqual(v1.lastVisited);
    expect(result.state.quizzes['what-is-trafficking']?.attempt).toEqual(
      v1.quizzes['what-is-trafficking'].attempt,
    );
    expect(result.state.quizzes['what-is-trafficking']?.history).toEqual([
      { ...v1.quizzes['what-is-trafficking'].history[0], met: [], recognised: [] },
    ]);
    expect(result.state.scenarios['what-is-trafficking/college-waitress-job']?.run).toEqual(
      v1.scenarios['what-is-trafficking/college-waitress-job'].run,
    );
  });

  it('migrates the frozen version-2 fixture unchanged (version 3 only adds what it asked)', () => {
    const result = restore(progressRecord, v2Fixture);
    expect(result).toEqual({ ok: true, state: JSON.parse(v2Fixture).state });
  });

  it('rejects a progress file with a wrong field type', () => {
    const tampered = JSON.parse(v1Fixture);
    tampered.state.lessons['what-is-trafficking/act-means-purpose'].reached = 'three';
    expect(restore(progressRecord, JSON.stringify(tampered))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('versioned storage', () => {
  type V2 = { items: string[] };
  const record: VersionedRecord<V2> = {
    key: 'test.record',
    version: 2,
    migrations: {
      0: (old) => ({ list: (old as { list: string }).list.split(',') }),
      1: (old) => ({ items: (old as { list: string[] }).list }),
    },
    validate: (d) =>
      Array.isArray((d as V2).items) && (d as V2).items.every((x) => typeof x === 'string')
        ? (d as V2)
        : null,
  };

  it('steps old data through every migration in order', () => {
    const raw = JSON.stringify({ state: { list: 'a,b' }, version: 0 });
    expect(restore(record, raw)).toEqual({ ok: true, state: { items: ['a', 'b'] } });
  });

  it('refuses data saved by a newer version of the app', () => {
    expect(restore(record, JSON.stringify({ state: {}, version: 3 }))).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('sets unreadable data aside under another key, keeps it, and reports it', () => {
    const store = fakeStore({ 'test.record': '{not json' });
    const storage = createVersionedStorage(record, () => store);
    expect(storage.getItem('test.record')).toBeNull();
    const aside = store.keys('test.record.set-aside.');
    expect(aside).toHaveLength(1);
    expect(store.read(aside[0] as string)).toEqual({ ok: true, value: '{not json' });
    expect(useStorageHealth.getState().problems).toEqual([
      { kind: 'set-aside', store: 'test.record', savedAs: aside[0] },
    ]);
    expect(savedEntries('test.record', () => store).map((e) => e.value)).toContain('{not json');
  });

  it('writes nothing over unreadable data it could not copy aside', () => {
    const store = fakeStore({ 'test.record': '{not json' }, { ok: false, reason: 'quota' });
    const storage = createVersionedStorage(record, () => store);
    storage.getItem('test.record');
    storage.setItem('test.record', { state: { items: [] }, version: 2 });
    expect(store.read('test.record')).toEqual({ ok: true, value: '{not json' });
    expect(useStorageHealth.getState().problems[0]).toEqual({
      kind: 'set-aside',
      store: 'test.record',
      savedAs: null,
    });
  });

  it('reports a full storage when saving fails', () => {
    const storage = createVersionedStorage(record, () =>
      fakeStore({}, { ok: false, reason: 'quota' }),
    );
    storage.setItem('test.record', { state: { items: ['x'] }, version: 2 });
    expect(useStorageHealth.getState().problems).toEqual([
      { kind: 'write-failed', store: 'test.record', reason: 'quota' },
    ]);
  });
});

describe('versioned storage under faults', () => {
  type Items = { items: string[] };
  const record: VersionedRecord<Items> = {
    key: 'test.items',
    version: 1,
    migrations: {},
    validate: (d) =>
      Array.isArray((d as Items)?.items) && (d as Items).items.every((x) => typeof x === 'string')
        ? (d as Items)
        : null,
    merge: {
      join: (a, b) => ({ items: [...new Set([...b.items, ...a.items])].sort() }),
      load: () => Promise.resolve(),
    },
  };
  const value = (items: string[]) => JSON.stringify({ state: { items }, version: 1 });
  const saved = (store: KeyValueStore, key = 'test.items') => {
    const read = store.read(key);
    return read.ok ? read.value : 'read failed';
  };

  it('treats a failed read as "cannot tell", not "empty": nothing is written over it', () => {
    const store = fakeStore({ 'test.items': value(['kept']) });
    const failing: KeyValueStore = { ...store, read: () => ({ ok: false }) };
    let broken = true;
    const storage = createVersionedStorage(record, () => (broken ? failing : store));
    expect(storage.getItem('test.items')).toBeNull();
    broken = false; // even when reading works again, this session stays read-only
    storage.setItem('test.items', { state: { items: [] }, version: 1 });
    expect(saved(store)).toBe(value(['kept']));
    expect(storage.lastSave()).toBe('read-only');
    expect(useStorageHealth.getState().problems).toEqual([
      { kind: 'read-failed', store: 'test.items' },
    ]);
  });

  it('leaves data from a newer version untouched until the learner starts fresh', async () => {
    const newer = JSON.stringify({ state: { items: ['x'], more: 1 }, version: 7 });
    const store = fakeStore({ 'test.items': newer });
    const storage = createVersionedStorage(record, () => store);
    expect(storage.getItem('test.items')).toBeNull();
    storage.setItem('test.items', { state: { items: ['new'] }, version: 1 });
    expect(saved(store)).toBe(newer);
    expect(store.keys('test.items.set-aside.')).toEqual([]);
    expect(useStorageHealth.getState().problems).toEqual([
      { kind: 'newer-version', store: 'test.items' },
    ]);

    await storage.startFresh();
    storage.setItem('test.items', { state: { items: [] }, version: 1 });
    expect(saved(store)).toBe(value([]));
    const [copy] = store.keys('test.items.set-aside.');
    expect(saved(store, copy)).toBe(newer);
    expect(useStorageHealth.getState().problems).toEqual([]);
  });

  it('never copies the same unreadable value twice, and keeps at most three copies', () => {
    const store = fakeStore({ 'test.items': '{broken' });
    for (let start = 0; start < 5; start++) createVersionedStorage(record, () => store).getItem('');
    expect(store.keys('test.items.set-aside.')).toHaveLength(1);

    for (const n of [1, 2, 3, 4]) {
      store.write('test.items', `{broken ${n}`);
      store.write(`test.items.set-aside.2026-0${n}`, `{other ${n}`);
    }
    useStorageHealth.setState({ problems: [] });
    const storage = createVersionedStorage(record, () => store);
    storage.getItem('');
    expect(store.keys('test.items.set-aside.')).toHaveLength(5); // nothing added past the cap
    storage.setItem('', { state: { items: ['new'] }, version: 1 });
    expect(saved(store)).toBe('{broken 4');
    expect(useStorageHealth.getState().problems).toEqual([
      { kind: 'set-aside', store: 'test.items', savedAs: null },
    ]);
  });

  it('merges what another tab saved before writing, and takes the merged state', () => {
    const shared = fakeStore({ 'test.items': value(['a']) });
    const adopted: Items[] = [];
    const tab1 = createVersionedStorage(
      record,
      () => shared,
      (s) => adopted.push(s),
    );
    const tab2 = createVersionedStorage(record, () => shared);
    tab1.getItem('');
    tab2.getItem('');
    tab2.setItem('', { state: { items: ['a', 'b'] }, version: 1 });
    tab1.setItem('', { state: { items: ['a', 'c'] }, version: 1 });
    expect(saved(shared)).toBe(value(['a', 'b', 'c']));
    expect(adopted).toEqual([{ items: ['a', 'b', 'c'] }]);
    // Nothing new: no write, so two tabs reading each other's saves come to rest.
    tab2.getItem('');
    tab2.setItem('', { state: { items: ['a', 'b', 'c'] }, version: 1 });
    expect(tab2.lastSave()).toBe('unchanged');
  });

  it('writes every record back when the storage was cleared while the app ran', () => {
    const shared = fakeStore({ 'test.items': value(['a']), 'test.other': value(['lang']) });
    const items = createVersionedStorage(record, () => shared);
    const other = createVersionedStorage({ ...record, key: 'test.other' }, () => shared);
    items.getItem('');
    other.getItem('');
    shared.remove('test.items');
    shared.remove('test.other');
    items.setItem('', { state: { items: ['a', 'b'] }, version: 1 });
    expect(saved(shared)).toBe(value(['a', 'b']));
    expect(saved(shared, 'test.other')).toBe(value(['lang']));
  });

  it('keeps trying to save when the storage is full, and says when it worked', () => {
    vi.useFakeTimers();
    try {
      let full = true;
      const inner = fakeStore();
      const store: KeyValueStore = {
        ...inner,
        write: (k, v) => (full ? { ok: false, reason: 'quota' } : inner.write(k, v)),
      };
      const storage = createVersionedStorage(record, () => store);
      storage.getItem('');
      storage.setItem('', { state: { items: ['unsaved'] }, version: 1 });
      expect(storage.lastSave()).toBe('failed');
      full = false;
      vi.advanceTimersByTime(20_000);
      expect(saved(inner)).toBe(value(['unsaved']));
      expect(useStorageHealth.getState().problems).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows what is saved when the storage is full from the start', () => {
    const store = {
      ...fakeStore({ 'test.items': value(['saved']) }),
      writeProblemAtStart: 'quota' as const,
    };
    const storage = createVersionedStorage(record, () => store);
    expect(storage.getItem('')).toEqual({ state: { items: ['saved'] }, version: 1 });
    expect(useStorageHealth.getState().problems).toEqual([{ kind: 'start-full', reason: 'quota' }]);
  });
});
