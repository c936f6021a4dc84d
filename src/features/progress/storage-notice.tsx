import { useTranslation } from 'react-i18next';

import { downloadText } from '@/lib/download';
import { profileStore, progressKey } from '@/stores/profile-keys';
import { currentProgress } from '@/stores/progress-io';
import { useStorageHealth, type StorageProblem } from '@/stores/storage-health';
import { savedEntries } from '@/stores/versioned-writer';

import { progressFile } from './progress-file';
import { StartFresh } from './start-fresh';

import './storage-notice.css';

/**
 * Tells the learner, plainly, when saving is not working: storage refused, storage full, a read
 * that failed, data from a newer version, or saved data that could not be read and was set aside
 * (kept, not deleted — they can download it). Wherever new work cannot be saved, it can be saved
 * as a file; wherever the course is read-only because of old data, the learner can start fresh.
 */
export function StorageNotice() {
  const { t } = useTranslation('progress');
  const all = useStorageHealth((s) => s.problems);
  const dismiss = useStorageHealth((s) => s.dismiss);
  // Storage full from the start says everything "the latest save failed" would.
  const startFull = all.some((p) => p.kind === 'start-full');
  const problems = all.filter((p) => !(startFull && p.kind === 'write-failed'));
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((p, i) => (
        <div key={i} className="notice" role="alert">
          <p>{message(p, t)}</p>
          <div className="actions">
            {canDownloadSaved(p) ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => downloadSaved(p.store)}
              >
                {t('storage.download')}
              </button>
            ) : null}
            {p.kind !== 'set-aside' || p.savedAs === null ? (
              <button type="button" className="button button-small" onClick={saveProgressFile}>
                {t('storage.saveFile')}
              </button>
            ) : null}
            {offersStartFresh(p) ? <StartFresh /> : null}
            {p.kind === 'set-aside' || p.kind === 'write-failed' ? (
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

type WithStore = Extract<StorageProblem, { store: string }>;

const canDownloadSaved = (p: StorageProblem): p is WithStore =>
  p.kind === 'set-aside' || p.kind === 'newer-version' || p.kind === 'read-failed';

const offersStartFresh = (p: StorageProblem) =>
  'store' in p &&
  p.store === progressKey &&
  (p.kind === 'newer-version' || (p.kind === 'set-aside' && p.savedAs === null));

function message(
  problem: StorageProblem,
  t: ReturnType<typeof useTranslation<'progress'>>['t'],
): string {
  switch (problem.kind) {
    case 'memory-only':
      return t('storage.memoryOnly');
    case 'start-full':
      return t('storage.startFull');
    case 'read-failed':
      return t('storage.readFailed');
    case 'newer-version':
      return t('storage.newerVersion');
    case 'write-failed':
      return problem.reason === 'quota' ? t('storage.full') : t('storage.writeFailed');
    case 'set-aside':
      return problem.savedAs ? t('storage.setAside') : t('storage.unreadableKept');
  }
}

const today = () => new Date().toISOString().slice(0, 10);

function saveProgressFile() {
  downloadText(`qorgau-progress-${today()}.json`, progressFile(currentProgress()));
}

/** Everything saved under `store` (read again now), which "Load a progress file" takes back. */
function downloadSaved(store: string) {
  downloadText(
    `qorgau-set-aside-${today()}.json`,
    JSON.stringify(savedEntries(store, profileStore), null, 2),
  );
}
