import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOCALE_AUTONYMS, LOCALES, type Locale } from '@/content/locales';
import { useLocale } from '@/i18n/use-locale';

interface LanguageSwitcherProps {
  /** Loads what the new language needs before switching, so the screen never blanks. */
  onSwitch: (locale: Locale) => Promise<void>;
}

const LOCALE_SHORT: Record<Locale, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' };

/** Three buttons, each language named in itself; the current one is pressed. */
export function LanguageSwitcher({ onSwitch }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  const current = useLocale();
  const [busy, setBusy] = useState(false);
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-label={LOCALE_AUTONYMS[locale]}
          aria-pressed={locale === current}
          disabled={busy}
          onClick={() => {
            if (locale === current) return;
            setBusy(true);
            onSwitch(locale).finally(() => setBusy(false));
          }}
        >
          {/* A phone shows the short form (the start of the name, so the spoken name matches). */}
          <span className="lang-long">{LOCALE_AUTONYMS[locale]}</span>
          <span className="lang-short" aria-hidden="true">
            {LOCALE_SHORT[locale]}
          </span>
        </button>
      ))}
    </div>
  );
}
