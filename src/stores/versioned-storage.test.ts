import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { KeyValueStore, WriteResult } from '@/lib/storage';

import { progressRecord } from './progress-record';
import { useStorageHealth } from './storage-health';
import {
  createVersionedStorage,
  restore,
  savedEntries,
  type VersionedRecord,
} from './versioned-storage';

function fakeStore(initial: Record<string, string> = {}, failWrites?: WriteResult): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    persistent: true,
    read: (k) => data.get(k) ?? null,
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

  it('restores the frozen version-2 fixture unchanged', () => {
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
    expect(store.read(aside[0] as string)).toBe('{not json');
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
    expect(store.read('test.record')).toBe('{not json');
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
