/**
 * i18next set-up. UI strings live in locales/<lng>/<namespace>.json and are loaded lazily, one
 * language at a time. There is deliberately no fallback language: a missing string is a bug that
 * the locale tests catch, never silently replaced by English.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { textLoaders } from '@/content/loader';
import { isLocale, LOCALES, type Locale } from '@/content/locales';

/** The course's own titles travel as one more namespace, so they load and switch with the UI. */
export const COURSE_NAMESPACE = 'course';

const bundles = import.meta.glob<{ default: object }>('./locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load =
      namespace === COURSE_NAMESPACE && isLocale(language)
        ? textLoaders[language]
        : bundles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No UI strings for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (bundle) => callback(null, bundle.default as unknown as Record<string, unknown>),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Starts i18next in `locale`; resolves once the common strings are ready. `postProcess` names
 * post-processors already registered with `i18n.use` (the development pseudo-locale).
 */
export function initI18n(locale: Locale, postProcess?: string[]) {
  return i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      supportedLngs: [...LOCALES],
      fallbackLng: false,
      ns: ['common', COURSE_NAMESPACE],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
      postProcess,
    });
}

export { i18n };
