import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { KeyValueStore, WriteResult } from '@/lib/storage';

import { CURRENT_PROFILE_KEY, FIRST_PROFILE, keyOf, storedProfile } from './profile-keys';
import {
  createProfile,
  deleteProfile,
  listProfiles,
  newProfileId,
  page,
  renameProfile,
  switchProfile,
} from './profiles';
import { progressRecord } from './progress-record';
import { settingsRecord } from './settings-store';
import { restore } from './versioned-storage';

function fakeStore(initial: Record<string, string> = {}, failWrites?: WriteResult) {
  const data = new Map(Object.entries(initial));
  const store: KeyValueStore = {
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
  return { store, data };
}

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, `../../tests/fixtures/${name}.json`), 'utf8');
/** Every shape the course has ever saved progress and settings in. */
const PROGRESS_VERSIONS = ['progress/v1', 'progress/v2', 'progress/v3'];
const SETTINGS_V1 = fixture('settings/v1');

const reload = vi.fn();
beforeEach(() => {
  reload.mockClear();
  page.reload = reload;
});

describe('the move to profiles', () => {
  it.each(PROGRESS_VERSIONS)(
    'makes what was saved (%s, settings v1) the first profile, unchanged and whole',
    async (name) => {
      const saved = fixture(name);
      const { store, data } = fakeStore({
        'qorgau.progress': saved,
        'qorgau.settings': SETTINGS_V1,
      });
      expect(storedProfile(store)).toBe(FIRST_PROFILE);
      expect(keyOf(FIRST_PROFILE, 'progress')).toBe('qorgau.progress');
      expect(keyOf(FIRST_PROFILE, 'settings')).toBe('qorgau.settings');
      const [first] = listProfiles(store);
      expect(first).toMatchObject({
        id: FIRST_PROFILE,
        settings: { locale: 'kk', role: 'police' },
      });
      // What the first profile reads is everything the old version saved, migrated.
      const before = restore(progressRecord, saved);
      expect(before.ok).toBe(true);
      expect(restore(progressRecord, data.get(keyOf(FIRST_PROFILE, 'progress'))!)).toEqual(before);

      // A second profile, then back: the first profile's saved values were never rewritten.
      expect(await createProfile({ locale: 'ru', name: 'Дана' }, store)).toEqual({ ok: true });
      expect(storedProfile(store)).not.toBe(FIRST_PROFILE);
      expect(listProfiles(store).map((p) => p.settings.name)).toEqual([undefined, 'Дана']);
      await switchProfile(FIRST_PROFILE, store);
      expect(storedProfile(store)).toBe(FIRST_PROFILE);
      expect(data.get('qorgau.progress')).toBe(saved);
      expect(data.get('qorgau.settings')).toBe(SETTINGS_V1);
    },
  );

  it('reads version-1 settings as version 2 (the name is new and optional)', () => {
    expect(restore(settingsRecord, SETTINGS_V1)).toEqual({
      ok: true,
      state: { locale: 'kk', role: 'police' },
    });
  });

  it('keeps the old data where it was when a new profile cannot be written', async () => {
    const saved = fixture('progress/v2');
    const { store, data } = fakeStore(
      { 'qorgau.progress': saved, 'qorgau.settings': SETTINGS_V1 },
      { ok: false, reason: 'quota' },
    );
    expect(await createProfile({ locale: 'en' }, store)).toEqual({ ok: false, reason: 'quota' });
    expect(reload).not.toHaveBeenCalled();
    expect(storedProfile(store)).toBe(FIRST_PROFILE);
    expect([...data.keys()].sort()).toEqual(['qorgau.progress', 'qorgau.settings']);
    expect(data.get('qorgau.progress')).toBe(saved);
  });
});

describe('profiles on one device', () => {
  it('keeps each profile under its own keys and lists them in the order they were made', async () => {
    const { store, data } = fakeStore();
    await createProfile({ locale: 'en', name: 'A' }, store);
    await createProfile({ locale: 'kk', role: 'teacher', name: '  Б  ' }, store);
    const profiles = listProfiles(store);
    // A new device's first profile (nothing saved yet) is not listed once others exist.
    expect(profiles.map((p) => p.settings)).toEqual([
      { locale: 'en', name: 'A' },
      { locale: 'kk', role: 'teacher', name: 'Б' },
    ]);
    expect(storedProfile(store)).toBe(profiles[1]!.id);
    expect(reload).toHaveBeenCalledTimes(2);
    expect([...data.keys()].filter((k) => k.endsWith('.settings'))).toHaveLength(2);
    expect(newProfileId(1, 0) < newProfileId(2, 0.99)).toBe(true);
  });

  it('renames a profile without touching its role or language, and clears a name', () => {
    const { store } = fakeStore();
    const id = 'p0000abcd';
    store.write(
      keyOf(id, 'settings'),
      JSON.stringify({ state: { locale: 'ru', role: 'police', name: 'X' }, version: 2 }),
    );
    expect(renameProfile(id, ' Асель ', store)).toEqual({ ok: true });
    expect(listProfiles(store).find((p) => p.id === id)?.settings).toEqual({
      locale: 'ru',
      role: 'police',
      name: 'Асель',
    });
    renameProfile(id, '   ', store);
    expect(listProfiles(store).find((p) => p.id === id)?.settings).toEqual({
      locale: 'ru',
      role: 'police',
    });
    expect(renameProfile('p0000gone', 'Y', store)).toEqual({ ok: false, reason: 'gone' });
  });

  it('deletes one profile with its set-aside copies and nothing of another', async () => {
    const other = 'p0000aaaa';
    const gone = 'p0000bbbb';
    const settings = JSON.stringify({ state: { locale: 'en' }, version: 2 });
    const { store, data } = fakeStore({
      'qorgau.progress': fixture('progress/v3'),
      [keyOf(other, 'settings')]: settings,
      [keyOf(other, 'progress')]: fixture('progress/v3'),
      [keyOf(gone, 'settings')]: settings,
      [keyOf(gone, 'progress')]: fixture('progress/v3'),
      [`${keyOf(gone, 'progress')}.set-aside.2026-11-30T00:00:00.000Z`]: '{bad',
    });
    expect(await deleteProfile(gone, store)).toEqual({ ok: true });
    expect([...data.keys()].sort()).toEqual(
      ['qorgau.progress', keyOf(other, 'progress'), keyOf(other, 'settings')].sort(),
    );
    expect(listProfiles(store).map((p) => p.id)).toEqual([FIRST_PROFILE, other]);
  });

  it('never takes a key from the data unchecked: odd ids and a broken choice fall back to the first', () => {
    const { store } = fakeStore({
      [CURRENT_PROFILE_KEY]: JSON.stringify({ id: '__proto__' }),
      'qorgau.profile.__proto__.settings': '{}',
      'qorgau.profile.constructor.settings': '{}',
    });
    expect(storedProfile(store)).toBe(FIRST_PROFILE);
    expect(listProfiles(store).map((p) => p.id)).toEqual([FIRST_PROFILE]);
    store.write(CURRENT_PROFILE_KEY, '{not json');
    expect(storedProfile(store)).toBe(FIRST_PROFILE);
    // A profile deleted in another tab: its id is still "current", its settings are gone.
    store.write(CURRENT_PROFILE_KEY, JSON.stringify({ id: 'p0000dead' }));
    expect(storedProfile(store)).toBe(FIRST_PROFILE);
    expect(Object.prototype).not.toHaveProperty('locale');
  });
});
