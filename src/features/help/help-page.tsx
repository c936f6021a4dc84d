import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { manifest } from '@/content/loader';
import { useHelp } from '@/content/more-loaders';
import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { paths } from '@/lib/paths';
import { ScreenHeading } from '@/ui/screen-heading';

import { Helplines, ReferralSteps } from './print-parts';

import './help.css';

/** Helplines, the steps from a concern to a referral, and everything printable. */
export function HelpPage() {
  const { t } = useTranslation(['help', 'common']);
  const locale = useLocale();
  const help = useHelp(locale);
  const text = useCourseText();
  const outline = useCourseOutline();
  const title = t('title');
  const ready = manifest.modules.filter((m) => m.status === 'ready');

  return (
    <>
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="lead">{t('lead')}</p>
      <Helplines help={help} />
      <ReferralSteps help={help} />
      <section aria-labelledby="print-heading">
        <h2 id="print-heading">{t('printHeading')}</h2>
        <ul className="print-links">
          <li>
            <Link to={paths.pocketCard.href()}>{t('pocketCard')}</Link>
          </li>
          {ready.map((m) => (
            <li key={m.id}>
              <Link to={paths.handout.href(m.id)}>
                {t('handoutFor', { title: text.modules[m.id]?.title ?? m.id })}
              </Link>
              <ul>
                {m.scenarios.map((s) => (
                  <li key={s.id}>
                    <Link to={paths.caseCards.href(m.id, s.id)}>
                      {t('caseCardsFor', { title: outline.modules[m.id]?.scenarios[s.id] ?? s.id })}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <Link to={paths.offline.href()}>{t('offlineLink')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
