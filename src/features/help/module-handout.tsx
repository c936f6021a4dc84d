import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { requireModule, useModuleContent } from '@/content/loader';
import { useLocale } from '@/i18n/use-locale';
import { formatDate } from '@/lib/format';
import { ScreenHeading } from '@/ui/screen-heading';
import { SourceList } from '@/ui/source-list';

import { Helplines, IndicatorChecklist, ReferralSteps } from './print-parts';
import { RoleLine } from './role-line';
import { usePrintSheet } from './use-print-sheet';

import './help.css';

/** A module's handout: key points, the role's indicator checklist, referral steps, helplines. */
export function ModuleHandout() {
  const { moduleId } = useParams();
  const module = requireModule(moduleId);
  const { t } = useTranslation(['help', 'common']);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  const { help, taxonomy, groups, roleName } = usePrintSheet();
  const title = t('handoutTitle', { title: content.title });

  return (
    <article className="handout">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <RoleLine roleName={roleName} />
      <section aria-labelledby="key-points">
        <h2 id="key-points">{t('keyPoints')}</h2>
        <ul>
          {content.keyPoints.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="checklist">
        <h2 id="checklist">{t('checklistHeading')}</h2>
        <p>{t('checklistNote')}</p>
        <IndicatorChecklist taxonomy={taxonomy} groups={groups} withDescriptions />
      </section>
      <ReferralSteps help={help} />
      <Helplines help={help} />
      <SourceList
        heading={t('sourcesHeading')}
        sources={content.sources}
        checkedLabel={(d) => t('sourceChecked', { date: formatDate(d, locale) })}
      />
    </article>
  );
}
