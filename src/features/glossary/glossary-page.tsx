import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { useGlossary } from '@/content/more-loaders';
import { useLocale } from '@/i18n/use-locale';
import { announce } from '@/ui/announcer';
import { ScreenHeading } from '@/ui/screen-heading';

import { GlossaryEntry } from './glossary-entry';
import { searchGlossary } from './glossary-search';

import './glossary.css';

/** How long typing must pause before the number of terms found is read out (once, not per key). */
const ANNOUNCE_AFTER_MS = 600;

/** Every term in three languages side by side, searchable in any of them. */
export function GlossaryPage() {
  const { t } = useTranslation(['glossary', 'common']);
  const locale = useLocale();
  const { entries } = useGlossary(locale);
  // Read from the address by hand: react-router's useSearchParams would put its code (and what it
  // needs) into the first screen's chunk, where react-router lives.
  const target = new URLSearchParams(useLocation().search).get('term');
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchGlossary(entries, query), [entries, query]);
  const hintId = useId();
  const title = t('title');

  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      announce(
        found.length > 0 ? t('results', { count: found.length }) : t('noResults', { query }),
      );
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [found.length, query, t]);

  // Opened at one term (a lesson's link): that entry's heading takes focus after the screen's h1.
  useEffect(() => {
    if (!target) return;
    const heading = document.getElementById(`glossary-${target}`);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [target]);

  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{t('lead')}</p>
      <div role="search" className="glossary-search">
        <label htmlFor="glossary-query">{t('searchLabel')}</label>
        <p id={hintId} className="hint">
          {t('searchHint')}
        </p>
        <input
          id="glossary-query"
          type="search"
          value={query}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            typed.current = true;
            setQuery(e.target.value);
          }}
        />
      </div>
      {found.length === 0 ? (
        <p className="glossary-none">{t('noResults', { query })}</p>
      ) : (
        <ul className="glossary-list">
          {found.map((entry) => (
            <GlossaryEntry key={entry.id} entry={entry} current={entry.id === target} />
          ))}
        </ul>
      )}
    </>
  );
}
