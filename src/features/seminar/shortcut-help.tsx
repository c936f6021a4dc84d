import { useTranslation } from 'react-i18next';

import { ModalDialog } from '@/ui/modal-dialog';

import { SHORTCUTS } from './shortcuts';

/** The keys, built from the same list the key handler reads. A modal dialog; Escape closes it. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('seminar');
  return (
    <ModalDialog
      name="shortcut-help"
      heading={t('keys.heading')}
      closeLabel={t('close')}
      onClose={onClose}
    >
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.id}>
            <dt>
              {s.display.map((k, i) => (
                <kbd key={i}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(`keys.${s.id}`)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
