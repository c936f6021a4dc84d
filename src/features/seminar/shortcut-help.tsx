import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { SHORTCUTS } from './shortcuts';

/** The keys, built from the same list the key handler reads. A modal dialog; Escape closes it. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('seminar');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="shortcut-help"
      aria-labelledby="shortcut-help-heading"
      onClose={onClose}
    >
      <h2 id="shortcut-help-heading">{t('keys.heading')}</h2>
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
      <button type="button" className="button" onClick={() => ref.current?.close()}>
        {t('close')}
      </button>
    </dialog>
  );
}
