/** Pieces shared by the help screen and the printed handouts. */
import { useTranslation } from 'react-i18next';

import type { HelpContent, IndicatorTaxonomy } from '@/content/types';
import { useLocale } from '@/i18n/use-locale';
import { formatDate } from '@/lib/format';

export function PrintButton() {
  const { t } = useTranslation('help');
  return (
    <button type="button" className="button button-primary no-print" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}

export function Helplines({
  help,
  compact = false,
}: {
  help: HelpContent;
  /** Numbers and names only (the pocket card). */
  compact?: boolean;
}) {
  const { t } = useTranslation('help');
  const locale = useLocale();
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <section className="helplines" aria-labelledby="helplines-heading">
      <h2 id="helplines-heading">{t('helplinesHeading')}</h2>
      <ul className="helpline-list">
        {help.helplines.map((line) => (
          <li key={line.number}>
            <PhoneNumber line={line} compact={compact} />
            {compact ? null : (
              <p className="meta">
                {t('sourceLabel')}{' '}
                {line.sources.map((s, i) => (
                  <span key={s.url}>
                    {i > 0 ? '; ' : null}
                    <a href={s.url}>{s.title}</a> ({t('sourceChecked', { date: date(s.checked) })})
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
      {help.regional.length > 0 ? (
        <>
          <h3>{t('regionalHeading')}</h3>
          {compact ? null : <p>{t('regionalNote')}</p>}
          <ul className="helpline-list regional-list">
            {help.regional.map((line) => (
              <li key={line.number}>
                <PhoneNumber line={line} compact={compact} />
                {compact ? null : (
                  <p className="meta">
                    {t('regionalBy', { organisation: line.addedBy, date: date(line.checked) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function PhoneNumber({
  line,
  compact,
}: {
  line: { number: string; name: string; description: string };
  compact: boolean;
}) {
  return (
    <>
      <a className="helpline-number" href={`tel:${line.number.replace(/[\s()-]/g, '')}`}>
        {line.number}
      </a>{' '}
      <strong>{line.name}</strong>
      {compact ? null : <>. {line.description}</>}
    </>
  );
}

export function ReferralSteps({ help }: { help: HelpContent }) {
  const { t } = useTranslation('help');
  return (
    <section aria-labelledby="referral-heading">
      <h2 id="referral-heading">{t('referralHeading')}</h2>
      <ol className="referral-steps">
        {help.referral.steps.map((step, i) => (
          <li key={i}>
            <strong>{step.title}</strong> {step.text}
          </li>
        ))}
      </ol>
      {help.referral.record.length > 0 ? (
        <>
          <h3>{t('recordHeading')}</h3>
          <ul>
            {help.referral.record.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The role's indicator checklist: boxes to tick on paper, with or without explanations. */
export function IndicatorChecklist({
  taxonomy,
  groups,
  withDescriptions,
}: {
  taxonomy: IndicatorTaxonomy;
  groups: string[];
  withDescriptions: boolean;
}) {
  return (
    <>
      {taxonomy.groups
        .filter((g) => groups.includes(g.id) && g.indicators.length > 0)
        .map((g) => (
          <div key={g.id} className="checklist-group">
            <h3>{g.name}</h3>
            <ul className="checklist">
              {g.indicators.map((i) => (
                <li key={i.id}>
                  <span className="box" aria-hidden="true" />
                  <span>
                    <strong>{i.name}</strong>
                    {withDescriptions ? <> — {i.description}</> : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  );
}
