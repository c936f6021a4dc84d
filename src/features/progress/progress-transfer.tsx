import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { mergeProgress } from '@/stores/progress-merge';
import { importProgress, useProgressData } from '@/stores/progress-store';

import { progressFile, readProgressFile } from './progress-file';

/** Save progress to a file, or load one (from another computer); loading merges, never replaces. */
export function ProgressTransfer() {
  const { t } = useTranslation('progress');
  const progress = useProgressData();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();

  const load = async (file: File | undefined) => {
    if (!file) return;
    const incoming = readProgressFile(await file.text());
    if (!incoming) {
      setMessage({ ok: false, text: t('transfer.rejected', { name: file.name }) });
      return;
    }
    importProgress(incoming, mergeProgress);
    setMessage({ ok: true, text: t('transfer.loaded', { name: file.name }) });
  };

  return (
    <>
      <p>{t('transfer.explain')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              `qorgau-progress-${new Date().toISOString().slice(0, 10)}.json`,
              progressFile(progress),
            )
          }
        >
          {t('transfer.save')}
        </button>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label className="button file-button" htmlFor={inputId}>
          {t('transfer.load')}
        </label>
      </div>
      {message ? (
        <p
          className={message.ok ? 'done-note' : 'form-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}
    </>
  );
}
