import { useEffect, useRef } from 'react';

import { LOCALE_AUTONYMS, type Locale } from '@/content/locales';

import './language-chooser.css';

/** The course's name as each language writes it. */
const BRAND: Record<Locale, string> = { kk: 'Қорғау', ru: 'Коргау', en: 'Qorgau' };

/** How each language asks the question — shown together, since no language is chosen yet. */
const PROMPT: Record<Locale, string> = {
  kk: 'Курс тілін таңдаңыз',
  ru: 'Выберите язык курса',
  en: 'Choose the language of the course',
};

interface LanguageChooserProps {
  /** Languages in the order to offer them: the browser's preference first. */
  order: Locale[];
  onChoose: (locale: Locale) => void;
}

/** The first screen on a first visit. Every string here is in the language it speaks to. */
export function LanguageChooser({ order, onChoose }: LanguageChooserProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="chooser">
      <h1 className="brand-title">
        {order.map((locale, i) => (
          <span key={locale} lang={locale}>
            {i > 0 ? ' · ' : null}
            {BRAND[locale]}
          </span>
        ))}
      </h1>
      <ul className="chooser-list">
        {order.map((locale, i) => (
          <li key={locale} lang={locale}>
            <p id={`choose-${locale}`}>{PROMPT[locale]}</p>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="button button-primary button-large"
              aria-describedby={`choose-${locale}`}
              onClick={() => onChoose(locale)}
            >
              {LOCALE_AUTONYMS[locale]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
