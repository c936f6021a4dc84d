import { isLocale, LOCALES, type Locale } from '@/content/locales';

/** The course languages ordered by the browser's preferences (best match first). */
export function preferredLocales(browserLanguages: readonly string[]): Locale[] {
  const wanted = browserLanguages.map((l) => l.toLowerCase().split('-')[0]).filter(isLocale);
  return [...new Set([...wanted, ...LOCALES])];
}
