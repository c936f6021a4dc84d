import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { startFresh } from '@/stores/progress-io';
import { announce } from '@/ui/announcer';

/**
 * The deliberate way out of read-only mode (and a clean start on a shared computer): replaces the
 * progress saved on this device with an empty record, only after the learner confirms.
 */
export function StartFresh() {
  const { t } = useTranslation('progress');
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button
        ref={opener}
        type="button"
        className="button button-small"
        onClick={() => setAsking(true)}
      >
        {t('storage.startFresh')}
      </button>
    );
  return (
    <div className="start-fresh" role="group" aria-label={t('storage.startFresh')}>
      <p ref={question} tabIndex={-1}>
        {t('storage.startFreshConfirm')}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => void startFresh().then(() => announce(t('storage.startedFresh')))}
        >
          {t('storage.startFreshYes')}
        </button>
        <button type="button" className="button button-small" onClick={() => setAsking(false)}>
          {t('storage.startFreshCancel')}
        </button>
      </div>
    </div>
  );
}
