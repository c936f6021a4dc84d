/**
 * The names of the profile keys, with no side effect: importing this module reads nothing (unlike
 * profile-keys.ts, which fixes the tab's profile when it is first imported).
 */
export const FIRST_PROFILE = 'first';
export const GUEST_PROFILE = 'guest';
export const CURRENT_PROFILE_KEY = 'qorgau.current-profile';
export const PROFILE_PREFIX = 'qorgau.profile.';
/** Ids this app makes: never `first`, `guest`, `__proto__` or any name an object has. */
export const isProfileId = (id: string) => /^p[a-z0-9]{4,20}$/.test(id);

export type ProfilePart = 'progress' | 'settings';

export const keyOf = (id: string, part: ProfilePart) =>
  id === FIRST_PROFILE ? `qorgau.${part}` : `${PROFILE_PREFIX}${id}.${part}`;
