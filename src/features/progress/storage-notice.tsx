import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { useStorageHealth, type StorageProblem } from '@/stores/storage-health';
import { savedEntries } from '@/stores/versioned-storage';

import './storage-notice.css';

/**
 * Tells the learner, plainly, when saving is not working: storage refused, storage full, or saved
 * data that could not be read and was set aside (kept, not deleted — they can download it).
 */
export function StorageNotice() {
  const { t } = useTranslation('progress');
  const problems = useStorageHealth((s) => s.problems);
  const dismiss = useStorageHealth((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((p, i) => (
        <div key={i} className="notice" role="alert">
          <p>{message(p, t)}</p>
          <div className="actions">
            {p.kind === 'set-aside' ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => downloadSetAside(p.store)}
              >
                {t('storage.download')}
              </button>
            ) : null}
            {p.kind !== 'memory-only' ? (
              <button type="button" className="button button-small" onClick={() => dismiss(p)}>
                {t('storage.dismiss')}
              </button>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}

function message(
  problem: StorageProblem,
  t: ReturnType<typeof useTranslation<'progress'>>['t'],
): string {
  switch (problem.kind) {
    case 'memory-only':
      return t('storage.memoryOnly');
    case 'write-failed':
      return problem.reason === 'quota' ? t('storage.full') : t('storage.writeFailed');
    case 'set-aside':
      return problem.savedAs ? t('storage.setAside') : t('storage.unreadableKept');
  }
}

function downloadSetAside(store: string) {
  const payload = savedEntries(store);
  downloadText(
    `qorgau-set-aside-${new Date().toISOString().slice(0, 10)}.json`,
    JSON.stringify(payload, null, 2),
  );
}
