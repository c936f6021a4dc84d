import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { MAX_FILE_BYTES } from '@/stores/profile-file';
import { importProgress, type ImportOutcome } from '@/stores/progress-io';
import { useProgressData } from '@/stores/progress-store';
import { useSettingsStore, type SettingsData } from '@/stores/settings-store';
import { FileButton } from '@/ui/file-button';
import { FormMessage } from '@/ui/form-message';

import type { ImportSummary } from './import-summary';
import type { FileProblem } from './progress-file';
import { StartFresh } from './start-fresh';

// Reading a file, and what it would change, load when a file is opened, not with the screen.
const ImportPreview = lazy(() =>
  import('./import-preview').then((m) => ({ default: m.ImportPreview })),
);
const readers = () =>
  Promise.all([
    import('./progress-file'),
    import('./import-summary'),
    import('@/stores/progress-merge'),
  ]);

const refusal = {
  'too-large': 'transfer.refused.tooLarge',
  'not-progress': 'transfer.refused.notProgress',
  truncated: 'transfer.refused.truncated',
  tampered: 'transfer.refused.tampered',
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

interface Pending {
  name: string;
  state: Parameters<typeof importProgress>[0];
  profile: SettingsData | undefined;
  summary: ImportSummary;
}

const settingsNow = (): SettingsData => {
  const { locale, role, name } = useSettingsStore.getState();
  return { ...(locale ? { locale } : {}), ...(role ? { role } : {}), ...(name ? { name } : {}) };
};

/**
 * Save the whole profile (progress, name, role, language) to a file, or open one (from another
 * device): checked, then what it would change is shown, and only on the learner's word merged —
 * never replacing what is here. Every refusal says why; "added" is said only when it was saved.
 */
export function ProgressTransfer() {
  const { t } = useTranslation('progress');
  const progress = useProgressData();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    setPending(null);
    const [{ readBackupFile }, { changesNothing, summariseImport }, { mergeProgress }] =
      await readers();
    // Refused before reading: an 8 MB file is not read into memory only to be refused.
    const reading =
      file.size > MAX_FILE_BYTES
        ? ({ ok: false, problem: 'too-large' } as const)
        : await readBackupFile(await file.text());
    if (!reading.ok) {
      setMessage({ ok: false, text: t(refusal[reading.problem], { name }) });
      return;
    }
    const summary = summariseImport(
      progress,
      mergeProgress(progress, reading.state),
      settingsNow(),
      reading.profile,
    );
    if (changesNothing(summary)) {
      setMessage({ ok: true, text: t('transfer.nothingNew', { name }) });
      return;
    }
    setMessage(null);
    setPending({ name, state: reading.state, profile: reading.profile, summary });
  };

  const confirm = async ({ name, state, summary }: Pending) => {
    setPending(null);
    const imported = await importProgress(state);
    // A file that only brought a name or role still changed the profile.
    const result = imported === 'unchanged' && (summary.name || summary.role) ? 'saved' : imported;
    const outcome = afterImport[result];
    if (outcome.ok || result === 'failed' || result === 'read-only') {
      // The name and role only where this profile had none (the summary said so).
      if (summary.name) useSettingsStore.getState().setName(summary.name);
      if (summary.role) useSettingsStore.getState().setRole(summary.role);
    }
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
            void import('@/stores/profile-seal')
              .then(({ profileFile }) => profileFile(progress, settingsNow()))
              .then((text) =>
                downloadText(`qorgau-profile-${new Date().toISOString().slice(0, 10)}.json`, text),
              )
          }
        >
          {t('transfer.save')}
        </button>
        <FileButton label={t('transfer.load')} onFiles={(files) => void open(files[0])} />
      </div>
      {pending ? (
        <Suspense fallback={null}>
          <ImportPreview
            name={pending.name}
            summary={pending.summary}
            onConfirm={() => void confirm(pending)}
            onCancel={() => {
              setPending(null);
              setMessage({ ok: true, text: t('transfer.cancelled', { name: pending.name }) });
            }}
          />
        </Suspense>
      ) : null}
      <FormMessage message={message} />
      <div className="actions">
        <StartFresh />
      </div>
    </>
  );
}
