/**
 * The learner's settings on this device: interface and content language, and their role.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { LOCALES, type Locale } from '@/content/locales';
import { object, oneOf, optional, string, type Checked } from '@/lib/check';

import { createVersionedStorage, type VersionedRecord } from './versioned-storage';

const isSettings = object({ locale: optional(oneOf(LOCALES)), role: optional(string) });

type SettingsData = Checked<typeof isSettings>;

const settingsRecord: VersionedRecord<SettingsData> = {
  key: 'qorgau.settings',
  version: 1,
  migrations: {},
  validate: (data) => (isSettings(data) ? (data as SettingsData) : null),
};

interface SettingsActions {
  setLocale: (locale: Locale) => void;
  setRole: (role: string | undefined) => void;
}

export const useSettingsStore = create<SettingsData & SettingsActions>()(
  persist(
    (set) => ({
      setLocale: (locale) => set({ locale }),
      setRole: (role) => set({ role }),
    }),
    {
      name: settingsRecord.key,
      version: settingsRecord.version,
      storage: createVersionedStorage(settingsRecord),
      partialize: ({ locale, role }) => ({
        ...(locale ? { locale } : {}),
        ...(role ? { role } : {}),
      }),
    },
  ),
);
