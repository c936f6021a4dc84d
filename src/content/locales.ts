/** The course languages, in the order they are offered. Kept free of zod so the app can use it. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in that language — shown as-is whatever the interface language. */
export const LOCALE_AUTONYMS: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
