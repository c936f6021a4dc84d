/**
 * The progress file a learner downloads and loads again (on another computer, or to give to a
 * trainer). It is checked exactly like saved progress: old versions are migrated, anything that
 * is not a valid progress record is refused and nothing is changed.
 */
import { progressRecord, type ProgressData } from '@/stores/progress-record';
import { restore } from '@/stores/versioned-storage';

const KIND = 'qorgau-progress';

export function progressFile(state: ProgressData, exportedAt = new Date()): string {
  return JSON.stringify(
    { kind: KIND, version: progressRecord.version, exportedAt: exportedAt.toISOString(), state },
    null,
    2,
  );
}

export function readProgressFile(text: string): ProgressData | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { kind, version, state } = parsed as { kind?: unknown; version?: unknown; state?: unknown };
  // A file from this app, or the raw saved value (what "download the saved data" gives).
  if (kind !== undefined && kind !== KIND) return null;
  const result = restore(progressRecord, JSON.stringify({ state, version }));
  return result.ok ? result.state : null;
}
