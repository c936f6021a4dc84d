import { useTranslation } from 'react-i18next';

import { ScreenHeading } from '@/ui/screen-heading';

import { Helplines, IndicatorChecklist } from './print-parts';
import { RoleLine } from './role-line';
import { usePrintSheet } from './use-print-sheet';

import './help.css';

/** One printed page to keep in a pocket: the role's indicators, the three steps, the helplines. */
export function PocketCard() {
  const { t } = useTranslation(['help', 'common']);
  const { help, taxonomy, groups, roleName } = usePrintSheet();
  const title = t('pocketCard');

  return (
    <div className="pocket-card">
      <ScreenHeading title={title} site={t('common:appName')}>
        {title}
      </ScreenHeading>
      <RoleLine roleName={roleName} />
      <p>
        <strong>{t('rememberRule')}</strong>
      </p>
      <Helplines help={help} compact />
      <h2>{t('checklistHeading')}</h2>
      <IndicatorChecklist taxonomy={taxonomy} groups={groups} withDescriptions={false} />
    </div>
  );
}
