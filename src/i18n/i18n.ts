/**
 * i18next set-up. UI strings live in locales/<lng>/<namespace>.json and are loaded lazily, one
 * language at a time. There is deliberately no fallback language: a missing string is a bug that
 * the locale tests catch, never silently replaced by English.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { outlineLoaders, textLoaders } from '@/content/loader';
import { isLocale, LOCALES, type Locale } from '@/content/locales';

/**
 * The course's own titles travel as namespaces too, so they load and switch with the UI: `course`
 * (what the course home shows, on the first screen) and `outline` (role names, lesson and
 * scenario titles, loaded by the first screen that names one).
 */
export const COURSE_NAMESPACE = 'course';
export const OUTLINE_NAMESPACE = 'outline';
const courseLoaders = { [COURSE_NAMESPACE]: textLoaders, [OUTLINE_NAMESPACE]: outlineLoaders };

// The result-code strings load with the result-code dialog (src/ui/result-code/qr-strings.ts):
// listed here, their three loaders alone would add to the first screen.
const bundles = import.meta.glob<{ default: object }>([
  './locales/*/*.json',
  '!./locales/*/qr.json',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load =
      (namespace === COURSE_NAMESPACE || namespace === OUTLINE_NAMESPACE) && isLocale(language)
        ? courseLoaders[namespace][language]
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
 * Starts i18next in `locale`; resolves once the common strings are ready, and the course home's
 * text too unless `home` is false (a first visit shows the language chooser, which needs neither
 * it nor its bytes; the home loads it when it shows). `postProcess` names post-processors already
 * registered with `i18n.use` (the development pseudo-locale).
 */
export function initI18n(locale: Locale, postProcess?: string[], home = true) {
  return i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      supportedLngs: [...LOCALES],
      fallbackLng: false,
      ns: home ? ['common', COURSE_NAMESPACE] : ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
      postProcess,
    });
}

export { i18n };
