import { useTranslation } from 'react-i18next';

import { LOCALE_AUTONYMS, LOCALES } from '@/content/locales';
import type { GlossaryContent } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { formatDate } from '@/lib/format';

/** One term: its name in each course language side by side, its meaning, where it comes from. */
export function GlossaryEntry({
  entry,
  current,
}: {
  entry: GlossaryContent['entries'][number];
  /** The entry the address names (opened from a lesson). */
  current: boolean;
}) {
  const { t } = useTranslation('glossary');
  const locale = useLocale();
  return (
    <li className={`card glossary-entry${current ? ' glossary-current' : ''}`}>
      <h2 id={`glossary-${entry.id}`} tabIndex={-1}>
        {entry.terms[locale]}
      </h2>
      <dl className="glossary-terms">
        {LOCALES.map((l) => (
          <div key={l}>
            <dt lang={l}>{LOCALE_AUTONYMS[l]}</dt>
            <dd lang={l}>{entry.terms[l]}</dd>
          </div>
        ))}
      </dl>
      <p>{entry.meaning}</p>
      {entry.inLaw ? <p className="badge">{t('inLaw')}</p> : null}
      {entry.sources.length > 0 ? (
        <p className="meta">
          {t('sourcesLabel')}{' '}
          {entry.sources.map((s, i) => (
            <span key={s.url + String(i)}>
              {i > 0 ? '; ' : null}
              <a href={s.url}>{s.title}</a> (
              {t('sourceChecked', { date: formatDate(s.checked, locale) })})
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
