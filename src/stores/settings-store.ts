/**
 * The learner's settings on this device: interface and content language, and their role.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { LOCALES, type Locale } from '@/content/locales';

import { createVersionedStorage, type VersionedRecord } from './versioned-storage';

const settingsSchema = z.object({
  locale: z.optional(z.enum(LOCALES)),
  role: z.optional(z.string()),
});

type SettingsData = z.infer<typeof settingsSchema>;

const settingsRecord: VersionedRecord<SettingsData> = {
  key: 'qorgau.settings',
  version: 1,
  migrations: {},
  validate: (data) => {
    const parsed = settingsSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  },
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
