import { useTranslation } from 'react-i18next';

import { isLocale, type Locale } from '@/content/locales';

/** The language the interface is showing now; course content follows it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : 'en';
}
