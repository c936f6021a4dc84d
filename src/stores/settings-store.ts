/**
 * The learner's settings in the profile in use: interface and content language, role and name.
 *
 * Version history:
 *   1 — language and role.
 *   2 — the profile's name or initials (optional, for telling profiles apart on a shared computer
 *       and for the certificate); version-1 settings are valid version-2 settings.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { LOCALES, type Locale } from '@/content/locales';
import { object, oneOf, optional, refine, string, type Checked } from '@/lib/check';

import { profileStore, settingsKey } from './profile-keys';
import { createVersionedStorage, type VersionedRecord } from './versioned-storage';

/** Long enough for a full name in any of the three languages; a longer one is not a name. */
export const MAX_NAME = 80;

const isSettings = object({
  locale: optional(oneOf(LOCALES)),
  role: optional(string),
  name: optional(refine(string, (s) => s.length <= MAX_NAME)),
});

export type SettingsData = Checked<typeof isSettings>;

export const settingsRecord: VersionedRecord<SettingsData> = {
  key: 'qorgau.settings',
  version: 2,
  migrations: { 1: (old) => old },
  validate: (data) => (isSettings(data) ? (data as SettingsData) : null),
};

interface SettingsActions {
  setLocale: (locale: Locale) => void;
  setRole: (role: string | undefined) => void;
  setName: (name: string | undefined) => void;
}

export const useSettingsStore = create<SettingsData & SettingsActions>()(
  persist(
    (set) => ({
      setLocale: (locale) => set({ locale }),
      setRole: (role) => set({ role }),
      setName: (name) => set({ name }),
    }),
    {
      name: settingsKey,
      version: settingsRecord.version,
      storage: createVersionedStorage({ ...settingsRecord, key: settingsKey }, profileStore),
      partialize: ({ locale, role, name }) => ({
        ...(locale ? { locale } : {}),
        ...(role ? { role } : {}),
        ...(name ? { name } : {}),
      }),
    },
  ),
);
