import { useTranslation } from 'react-i18next';

import { useHelp, useIndicators } from '@/content/more-loaders';
import { useCourseText } from '@/i18n/use-course-text';
import { useLocale } from '@/i18n/use-locale';
import { ScreenHeading } from '@/ui/screen-heading';

import { Helplines, IndicatorChecklist, PrintButton } from './print-parts';
import { useChecklistGroups } from './use-checklist-groups';

import './help.css';

/** One printed page to keep in a pocket: the role's indicators, the three steps, the helplines. */
export function PocketCard() {
  const { t } = useTranslation(['help', 'common']);
  const locale = useLocale();
  const help = useHelp(locale);
  const taxonomy = useIndicators(locale);
  const text = useCourseText();
  const { role, groups } = useChecklistGroups(help);
  const title = t('pocketCard');

  return (
    <div className="pocket-card">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <p className="meta">
        {role ? t('forRole', { role: text.roles[role] ?? role }) : t('forAllRoles')}
      </p>
      <PrintButton />
      <p>
        <strong>{t('rememberRule')}</strong>
      </p>
      <Helplines help={help} />
      <h2>{t('checklistHeading')}</h2>
      <IndicatorChecklist taxonomy={taxonomy} groups={groups} withDescriptions={false} />
    </div>
  );
}
