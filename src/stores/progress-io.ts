/**
 * What the progress screen and the storage notice do with the learner's progress: load a file
 * into it, start fresh, take it as it is for a download. Not on the first screen.
 */
import { mergeProgress } from './progress-merge';
import { emptyProgress, isProgress, type ProgressData } from './progress-record';
import { progressKey } from './profile-keys';
import { dataOf, loadMerge, progressStorage, useProgressStore } from './progress-store';
import { loadWriter, type SaveOutcome } from './versioned-storage';

/**
 * The learner's deliberate "start fresh": what is saved (even unreadable, or from a newer version)
 * is replaced by an empty record; a copy is set aside first where one can still be kept.
 */
export async function startFresh(): Promise<SaveOutcome> {
  await progressStorage.startFresh();
  useProgressStore.setState(emptyProgress());
  return progressStorage.lastSave();
}

/** The progress in this tab now (for a download), whether or not it could be saved. */
export const currentProgress = (): ProgressData => dataOf(useProgressStore.getState());

export type ImportOutcome = SaveOutcome | 'too-large';

/**
 * Merges progress from a file into this device's; nothing already here is lost. A merged state the
 * saved-data validator would refuse (histories past their cap) is not taken at all.
 */
export async function importProgress(incoming: ProgressData): Promise<ImportOutcome> {
  await Promise.all([loadMerge(), loadWriter()]);
  // Not capped like two tabs' merge: a file that would push a history past the cap is refused.
  const merged = mergeProgress(currentProgress(), incoming);
  if (!isProgress(merged)) return 'too-large';
  useProgressStore.setState(merged);
  return progressStorage.lastSave();
}

/**
 * After another tab saved: read it again and merge it into this tab — never replace. If this tab
 * holds something the saved value lacks (both tabs saved at the same moment), the save that
 * follows writes the merged state back; if not, nothing is written (see versioned-writer.ts).
 */
export async function syncProgressFromOtherTab(): Promise<void> {
  const [merge] = await Promise.all([loadMerge(), loadWriter()]);
  const saved = await progressStorage.getItem(progressKey);
  useProgressStore.setState(saved ? merge(currentProgress(), saved.state) : {});
}
