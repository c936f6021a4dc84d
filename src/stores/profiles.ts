/**
 * The learner profiles on this device: listing, creating, renaming, deleting and switching. Not on
 * the first screen (the header's switcher and the profiles screen load it). The list is read from
 * the keys each profile saves under (profile-keys.ts); a profile's name, role and language are its
 * settings. Switching reloads the page, so the stores start again under the new profile's keys and
 * nothing of the previous learner stays in memory. Nothing here leaves the device.
 */
import type { Locale } from '@/content/locales';
import { appStore, guestSession, type KeyValueStore, type WriteResult } from '@/lib/storage';

import { loadMerge } from './progress-store';
import {
  CURRENT_PROFILE_KEY,
  currentProfile,
  FIRST_PROFILE,
  isProfileId,
  keyOf,
  PROFILE_PREFIX,
} from './profile-keys';
import { settingsRecord, type SettingsData } from './settings-store';
import { contexts, loadWriter, restore, setAsidePrefix } from './versioned-storage';

export interface Profile {
  id: string;
  settings: SettingsData;
  /** Whether this tab uses it. */
  current: boolean;
}

function settingsOf(store: KeyValueStore, id: string): SettingsData | null {
  const read = store.read(keyOf(id, 'settings'));
  if (!read.ok || read.value === null) return null;
  const result = restore(settingsRecord, read.value);
  // Settings that cannot be read still belong to a profile: it is listed without a name.
  return result.ok ? result.state : {};
}

/**
 * Every profile on the device, the first profile first and the others in the order they were made
 * (their ids start with the time). The first profile is listed while it has anything saved, or
 * when there is no other profile (a new device).
 */
export function listProfiles(store: KeyValueStore = appStore()): Profile[] {
  const ids = new Set<string>();
  for (const key of store.keys(PROFILE_PREFIX)) {
    const id = key.slice(PROFILE_PREFIX.length).split('.')[0] ?? '';
    if (isProfileId(id) && key === keyOf(id, 'settings')) ids.add(id);
  }
  const others = [...ids].sort();
  const first = settingsOf(store, FIRST_PROFILE);
  const firstProgress = store.read(keyOf(FIRST_PROFILE, 'progress'));
  const hasFirst =
    first !== null || others.length === 0 || (firstProgress.ok && firstProgress.value !== null);
  return [...(hasFirst ? [FIRST_PROFILE] : []), ...others].map((id) => ({
    id,
    settings: settingsOf(store, id) ?? {},
    current: id === currentProfile,
  }));
}

export type ProfileOutcome = { ok: true } | { ok: false; reason: 'quota' | 'blocked' | 'gone' };

const outcome = (w: WriteResult): ProfileOutcome => (w.ok ? w : { ok: false, reason: w.reason });

let lastTime = 0;

/**
 * An id that starts with the time, so profiles list in the order they were made — never the same
 * time twice in one tab, so two made in one millisecond still keep their order.
 */
export function newProfileId(now = Date.now(), random = Math.random()): string {
  lastTime = Math.max(now, lastTime + 1);
  return `p${lastTime.toString(36)}${Math.floor(random * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

function writeSettings(store: KeyValueStore, id: string, settings: SettingsData): WriteResult {
  return store.write(
    keyOf(id, 'settings'),
    JSON.stringify({ state: settings, version: settingsRecord.version }),
  );
}

/** How a switch takes effect (tests replace it: jsdom cannot reload). */
export const page = { reload: () => window.location.reload() };

/** Saves before the page reloads: what this tab still holds is written first. */
async function flushAndReload() {
  await Promise.all([loadWriter(), loadMerge()]);
  page.reload();
}

function setCurrent(store: KeyValueStore, id: string): WriteResult {
  return store.write(
    CURRENT_PROFILE_KEY,
    JSON.stringify({ id: id === FIRST_PROFILE ? null : id, at: new Date().toISOString() }),
  );
}

/** Uses another profile (every tab follows). A guest session ends. */
export async function switchProfile(
  id: string,
  store: KeyValueStore = appStore(),
): Promise<ProfileOutcome> {
  if (id !== FIRST_PROFILE && settingsOf(store, id) === null) return { ok: false, reason: 'gone' };
  const written = setCurrent(store, id);
  if (!written.ok) return outcome(written);
  guestSession(false);
  await flushAndReload();
  return { ok: true };
}

/** A new profile, with the language (and, if given, role and name) chosen; then switches to it. */
export async function createProfile(
  settings: { locale: Locale; role?: string | undefined; name?: string | undefined },
  store: KeyValueStore = appStore(),
): Promise<ProfileOutcome> {
  const id = newProfileId();
  const name = settings.name?.trim();
  const written = writeSettings(store, id, {
    locale: settings.locale,
    ...(settings.role ? { role: settings.role } : {}),
    ...(name ? { name } : {}),
  });
  if (!written.ok) return outcome(written);
  return switchProfile(id, store);
}

/** A new name for a profile that is not in use in this tab (the settings store renames that one). */
export function renameProfile(
  id: string,
  name: string,
  store: KeyValueStore = appStore(),
): ProfileOutcome {
  const settings = settingsOf(store, id);
  if (settings === null) return { ok: false, reason: 'gone' };
  const trimmed = name.trim();
  const next = { ...settings, name: trimmed };
  if (!trimmed) delete (next as SettingsData).name;
  return outcome(writeSettings(store, id, next));
}

/**
 * Deletes a profile and everything saved for it, set-aside copies included (the learner confirmed
 * on screen). Deleting the profile in use switches to the first one left; every tab follows.
 */
export async function deleteProfile(
  id: string,
  store: KeyValueStore = appStore(),
): Promise<ProfileOutcome> {
  const inUse = id === currentProfile;
  // This tab must not write the deleted profile back (a save that finds its key gone rewrites it).
  if (inUse) for (const ctx of contexts) ctx.readOnly = true;
  for (const part of ['progress', 'settings'] as const) {
    const key = keyOf(id, part);
    for (const k of [key, ...store.keys(setAsidePrefix(key))]) store.remove(k);
  }
  const next = listProfiles(store).find((p) => p.id !== id)?.id ?? FIRST_PROFILE;
  if (!inUse) return { ok: true };
  setCurrent(store, next);
  page.reload();
  return { ok: true };
}

/** A guest session in this tab: nothing is saved, and it ends when the tab closes. */
export async function startGuest(): Promise<ProfileOutcome> {
  if (!guestSession(true)) return { ok: false, reason: 'blocked' };
  await flushAndReload();
  return { ok: true };
}
