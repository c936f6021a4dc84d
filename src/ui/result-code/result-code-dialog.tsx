import { use, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { loadCodebook } from '@/content/codebook';
import { useLocale } from '@/i18n/use-locale';
import { codeLabel, encodeResult, type CodedResult } from '@/lib/result-code';
import { ModalDialog } from '@/ui/modal-dialog';

import { QrImage } from './qr-image';
import { loadQrStrings } from './qr-strings';
import { useWakeLock } from './use-wake-lock';

/**
 * One random id for every code this tab shows, so a trainer who scans a learner's quiz and then
 * their scenario counts one participant, not two. Not saved: a new visit is a new id.
 */
const participant = crypto.getRandomValues(new Uint8Array(4));

/** What the code holds, in whole sentences (also the picture's text alternative). */
function useSummary(title: string, result: CodedResult, initials: string) {
  const { t } = useTranslation('qr');
  const { entry } = result;
  const counts = { met: entry.met.length, recognised: 0 };
  const left = new Map<string, number>();
  for (const id of entry.recognised) left.set(id, (left.get(id) ?? 0) + 1);
  for (const id of entry.met) {
    const n = left.get(id) ?? 0;
    if (n > 0) {
      counts.recognised++;
      left.set(id, n - 1);
    }
  }
  const what =
    result.kind === 'quiz'
      ? t('quiz', { title, score: result.entry.score, max: result.entry.max })
      : t('scenario', {
          title,
          outcome: t(`rating.${result.entry.rating}`),
          score: result.entry.score,
        });
  return [
    what,
    t('indicators', { ...counts, missed: counts.met - counts.recognised }),
    initials ? t('initialsIn', { initials }) : t('noName'),
  ];
}

interface ResultCodeDialogProps {
  title: string;
  result: CodedResult;
  onClose: () => void;
}

/** The code, large, with what it holds in words; the screen kept on while it shows. */
export function ResultCodeDialog({ title, result, onClose }: ResultCodeDialogProps) {
  // Strings first: `useTranslation('qr')` below must find them already there.
  use(loadQrStrings(useLocale()));
  const { t } = useTranslation('qr');
  const book = use(loadCodebook());
  const inputId = useId();
  const [initials, setInitials] = useState('');
  const label = codeLabel(initials);
  const bytes = useMemo(
    () => encodeResult(result, { participant, initials: label }, book),
    [result, label, book],
  );
  const summary = useSummary(title, result, label);
  const awake = useWakeLock();

  return (
    <ModalDialog
      name="result-code-dialog"
      heading={t('heading')}
      closeLabel={t('close')}
      onClose={onClose}
    >
      {bytes ? (
        <>
          <p>{t('explain')}</p>
          <QrImage data={bytes} alt={t('alt', { summary: summary.join(' ') })} />
          <h3>{t('contains')}</h3>
          <ul className="qr-summary">
            {summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <label htmlFor={inputId}>{t('initials')}</label>
          <input
            id={inputId}
            type="text"
            maxLength={10}
            autoComplete="off"
            value={initials}
            onChange={(e) => setInitials(e.target.value)}
          />
          {awake ? <p className="meta">{t('awake')}</p> : null}
        </>
      ) : (
        <p role="alert">{t('tooOld')}</p>
      )}
    </ModalDialog>
  );
}
