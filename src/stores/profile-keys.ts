/**
 * Which learner profile this tab uses, and so under which keys its progress and settings live.
 * Read once, before the stores are created (they persist under these keys); switching profile
 * reloads the page, so no state of one learner stays in memory under another's name.
 *
 * - The first profile keeps the keys the course has always used (`qorgau.progress`,
 *   `qorgau.settings`): what a device saved before profiles existed IS the first profile, with no
 *   copy to make, so the move to profiles cannot lose or half-copy anything.
 * - Every other profile lives under `qorgau.profile.<id>.progress` and `….settings`; the list of
 *   profiles is read from those keys (profiles.ts), so there is no separate list to go stale.
 * - The profile in use is device-wide (`qorgau.current-profile`): on a shared computer every tab
 *   follows a switch. A guest session is this tab only and keeps everything in memory.
 */
import { appStore, guestSession, memoryStore, type KeyValueStore } from '@/lib/storage';

import {
  CURRENT_PROFILE_KEY,
  FIRST_PROFILE,
  GUEST_PROFILE,
  isProfileId,
  keyOf,
} from './profile-ids';

export {
  CURRENT_PROFILE_KEY,
  FIRST_PROFILE,
  GUEST_PROFILE,
  PROFILE_PREFIX,
  isProfileId,
  keyOf,
  type ProfilePart,
} from './profile-ids';

/** The profile the device uses now: stored as `{"id": …, "at": …}` (`at` makes every switch an event). */
export function storedProfile(store: KeyValueStore = appStore()): string {
  const read = store.read(CURRENT_PROFILE_KEY);
  let id: unknown;
  try {
    const value: unknown = read.ok && read.value ? JSON.parse(read.value) : null;
    id =
      typeof value === 'object' && value && Object.hasOwn(value, 'id')
        ? (value as { id: unknown }).id
        : null;
  } catch {
    id = null;
  }
  // A profile deleted meanwhile (its settings gone) falls back to the first.
  if (typeof id !== 'string' || !isProfileId(id)) return FIRST_PROFILE;
  const settings = store.read(keyOf(id, 'settings'));
  return settings.ok && settings.value !== null ? id : FIRST_PROFILE;
}

const guest = guestSession();

/** This tab's profile, fixed for its life. */
export const currentProfile = guest ? GUEST_PROFILE : storedProfile();

const guestStore = guest ? memoryStore(true) : undefined;

/** Where this tab's progress and settings are kept: the device, or memory for a guest. */
export const profileStore = (): KeyValueStore => guestStore ?? appStore();

export const progressKey = keyOf(currentProfile, 'progress');
export const settingsKey = keyOf(currentProfile, 'settings');
