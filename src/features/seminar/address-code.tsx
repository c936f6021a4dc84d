import { useTranslation } from 'react-i18next';

import { ModalDialog } from '@/ui/modal-dialog';
import { QrImage } from '@/ui/result-code/qr-image';

/** An address a phone in the room cannot reach: a file, or this computer's own name. */
export const onlyHere = (address: string) => {
  const url = new URL(address);
  return (
    url.protocol === 'file:' ||
    /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname) ||
    url.hostname.endsWith('.localhost')
  );
};

/**
 * The learner's address of what the projector shows, as a QR code: participants open the same
 * quiz or scenario on their phones in one step. Loaded with its button's first press.
 */
export function AddressCode({ address, onClose }: { address: string; onClose: () => void }) {
  const { t } = useTranslation('seminar');
  return (
    <ModalDialog
      name="address-code"
      heading={t('address.heading')}
      closeLabel={t('address.close')}
      onClose={onClose}
    >
      <p>{t('address.explain')}</p>
      <QrImage data={address} alt={t('address.alt', { address })} />
      <p className="address-code-url" translate="no">
        {address}
      </p>
      <p
        className={onlyHere(address) ? 'address-warning' : 'note'}
        role={onlyHere(address) ? 'alert' : undefined}
      >
        {onlyHere(address) ? t('address.local') : t('address.network')}
      </p>
    </ModalDialog>
  );
}
