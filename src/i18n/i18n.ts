/**
 * i18next set-up. UI strings live in locales/<lng>/<namespace>.json and are loaded lazily, one
 * language at a time. There is deliberately no fallback language: a missing string is a bug that
 * the locale tests catch, never silently replaced by English.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LOCALES, type Locale } from '@/content/locales';

export const NAMESPACES = ['common', 'catalog', 'lesson', 'quiz', 'scenario'] as const;

const bundles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = bundles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No UI strings for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (bundle) => callback(null, bundle.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Starts i18next in `locale`; resolves once the common strings are ready. */
export function initI18n(locale: Locale) {
  return i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      supportedLngs: [...LOCALES],
      fallbackLng: false,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
}

export { i18n };
