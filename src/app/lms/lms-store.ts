/**
 * The key-value store the app saves through while it runs inside an LMS: the progress record lives
 * in `cmi.suspend_data` (compact, always within SCORM 1.2's 4,096 characters: see
 * src/stores/suspend-data.ts); copies of unreadable progress set aside stay in this session's
 * memory (the storage notice offers them for download); everything else (language, role) stays on
 * the device as before. The versioned storage above it migrates, validates and merges as for the
 * device store, so what comes back from the LMS is checked like any saved data.
 */
import type { KeyValueStore } from '@/lib/storage';
import type { ProgressData } from '@/stores/progress-record';
import { SUSPEND_DATA_RECORD_VERSION, type SuspendCodec } from '@/stores/suspend-data';

import type { Scorm12Api } from '@/lib/scorm-api';

/** The LMS's suspend_data as the versioned storage reads it: its usual JSON envelope. */
export function readSuspendData(raw: string, codec: SuspendCodec): string | null {
  if (raw === '') return null;
  try {
    return JSON.stringify({ state: codec.decode(raw), version: SUSPEND_DATA_RECORD_VERSION });
  } catch {
    // Not ours, or damaged: handed on as it is, so it is reported and kept aside, not lost.
    return raw;
  }
}

export function lmsStore(options: {
  api: Scorm12Api;
  device: KeyValueStore;
  progressKey: string;
  codec: SuspendCodec;
  /** Called with each progress record the LMS accepted. */
  saved: (progress: ProgressData) => void;
}): KeyValueStore {
  const { api, device, progressKey, codec } = options;
  const aside = new Map<string, string>();
  let current = readSuspendData(api.LMSGetValue('cmi.suspend_data'), codec);
  const ours = (key: string) => key === progressKey || key.startsWith(`${progressKey}.`);
  return {
    persistent: true,
    read: (key) =>
      key === progressKey
        ? { ok: true, value: current }
        : ours(key)
          ? { ok: true, value: aside.get(key) ?? null }
          : device.read(key),
    write: (key, value) => {
      if (key !== progressKey) {
        if (!ours(key)) return device.write(key, value);
        aside.set(key, value);
        return { ok: true };
      }
      let state: ProgressData;
      let text: string;
      try {
        state = (JSON.parse(value) as { state: ProgressData }).state;
        text = codec.fit(state);
      } catch {
        return { ok: false, reason: 'quota' };
      }
      if (api.LMSSetValue('cmi.suspend_data', text) !== 'true')
        return { ok: false, reason: 'blocked' };
      current = value;
      options.saved(state);
      return { ok: true };
    },
    remove: (key) => {
      if (ours(key)) aside.delete(key);
      else device.remove(key);
    },
    keys: (prefix) =>
      ours(prefix) ? [...aside.keys()].filter((k) => k.startsWith(prefix)) : device.keys(prefix),
  };
}
