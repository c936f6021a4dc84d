import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { requireModule, useModuleContent } from '@/content/loader';
import { useHelp, useIndicators } from '@/content/more-loaders';
import { useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { formatDate } from '@/lib/format';
import { ScreenHeading } from '@/ui/screen-heading';
import { SourceList } from '@/ui/source-list';

import { Helplines, IndicatorChecklist, PrintButton, ReferralSteps } from './print-parts';
import { useChecklistGroups } from './use-checklist-groups';

import './help.css';

/** A module's handout: key points, the role's indicator checklist, referral steps, helplines. */
export function ModuleHandout() {
  const { moduleId } = useParams();
  const module = requireModule(moduleId);
  const { t } = useTranslation(['help', 'common']);
  const locale = useLocale();
  const content = useModuleContent(module.id, locale);
  const help = useHelp(locale);
  const taxonomy = useIndicators(locale);
  const text = useCourseText();
  const { role, groups } = useChecklistGroups(help);
  const title = t('handoutTitle', { title: content.title });

  return (
    <article className="handout">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="meta">
        {role ? t('forRole', { role: text.roles[role] ?? role }) : t('forAllRoles')}
      </p>
      <PrintButton />
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
