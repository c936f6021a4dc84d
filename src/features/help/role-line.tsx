import { useTranslation } from 'react-i18next';

import { PrintButton } from './print-parts';

/** Under a sheet's title: whose checklist this is, and the print button. */
export function RoleLine({ roleName }: { roleName: string | undefined }) {
  const { t } = useTranslation('help');
  return (
    <>
      <p className="meta">{roleName ? t('forRole', { role: roleName }) : t('forAllRoles')}</p>
      <PrintButton />
    </>
  );
}
