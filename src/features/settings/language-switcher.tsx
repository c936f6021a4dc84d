import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOCALE_AUTONYMS, LOCALES, type Locale } from '@/content/locales';
import { useLocale } from '@/i18n/use-locale';

interface LanguageSwitcherProps {
  /** Loads what the new language needs before switching, so the screen never blanks. */
  onSwitch: (locale: Locale) => Promise<void>;
}

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
          aria-pressed={locale === current}
          disabled={busy}
          onClick={() => {
            if (locale === current) return;
            setBusy(true);
            onSwitch(locale).finally(() => setBusy(false));
          }}
        >
          {LOCALE_AUTONYMS[locale]}
        </button>
      ))}
    </div>
  );
}
