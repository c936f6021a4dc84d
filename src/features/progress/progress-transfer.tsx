import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { importProgress, type ImportOutcome } from '@/stores/progress-io';
import { useProgressData } from '@/stores/progress-store';
import { FileButton } from '@/ui/file-button';
import { FormMessage } from '@/ui/form-message';

import { MAX_FILE_BYTES, progressFile, readProgressFile, type FileProblem } from './progress-file';
import { StartFresh } from './start-fresh';

const refusal = {
  'too-large': 'transfer.refused.tooLarge',
  'not-progress': 'transfer.refused.notProgress',
  'newer-version': 'transfer.refused.newerVersion',
  damaged: 'transfer.refused.damaged',
  'other-course': 'transfer.refused.otherCourse',
  'unknown-ids': 'transfer.refused.unknownIds',
  implausible: 'transfer.refused.implausible',
} as const satisfies Record<FileProblem, string>;

/** What the learner is told once a readable file was merged: only "added" if it was saved. */
const afterImport = {
  saved: { ok: true, key: 'transfer.loaded' },
  unchanged: { ok: true, key: 'transfer.nothingNew' },
  failed: { ok: false, key: 'transfer.notSaved' },
  'read-only': { ok: false, key: 'transfer.notSaved' },
  'too-large': { ok: false, key: 'transfer.refused.mergedTooLarge' },
} as const satisfies Record<ImportOutcome, { ok: boolean; key: string }>;

/**
 * Save progress to a file, or load one (from another computer); loading merges, never replaces.
 * Every refusal says why; "added" is said only when the merged progress was saved.
 */
export function ProgressTransfer() {
  const { t } = useTranslation('progress');
  const progress = useProgressData();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    // Refused before reading: an 8 MB file is not read into memory only to be refused.
    const reading =
      file.size > MAX_FILE_BYTES
        ? ({ ok: false, problem: 'too-large' } as const)
        : readProgressFile(await file.text());
    if (!reading.ok) {
      setMessage({ ok: false, text: t(refusal[reading.problem], { name }) });
      return;
    }
    const outcome = afterImport[await importProgress(reading.state)];
    setMessage({ ok: outcome.ok, text: t(outcome.key, { name }) });
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
        <FileButton label={t('transfer.load')} onFiles={(files) => void load(files[0])} />
      </div>
      <FormMessage message={message} />
      <div className="actions">
        <StartFresh />
      </div>
    </>
  );
}
