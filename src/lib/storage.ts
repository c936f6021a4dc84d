/**
 * The only module that touches `localStorage`. Every call is wrapped: a blocked or full storage
 * never throws into the app; callers get a result they must look at. When the browser refuses
 * storage altogether (private modes, sandboxed frames, policies) a memory store stands in, and
 * `persistent` says so, so the app can tell the learner.
 */
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'blocked' };

export interface KeyValueStore {
  /** False when the data lives only in this tab's memory. */
  readonly persistent: boolean;
  read(key: string): string | null;
  write(key: string, value: string): WriteResult;
  remove(key: string): void;
  keys(prefix: string): string[];
}

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    persistent: false,
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      data.set(key, value);
      return { ok: true };
    },
    remove: (key) => void data.delete(key),
    keys: (prefix) => [...data.keys()].filter((k) => k.startsWith(prefix)),
  };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

function browserStore(storage: Storage): KeyValueStore {
  return {
    persistent: true,
    read: (key) => {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    write: (key, value) => {
      try {
        storage.setItem(key, value);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'blocked' };
      }
    },
    remove: (key) => {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: the item stays, which loses nothing.
      }
    },
    keys: (prefix) => {
      try {
        return Object.keys(storage).filter((k) => k.startsWith(prefix));
      } catch {
        return [];
      }
    },
  };
}

/** Opens the device store, or a memory store when the browser refuses storage. */
export function openStore(getStorage: () => Storage = () => window.localStorage): KeyValueStore {
  try {
    const storage = getStorage();
    const probe = 'qorgau.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return browserStore(storage);
  } catch {
    return memoryStore();
  }
}

let shared: KeyValueStore | undefined;

/** The store the whole app uses, opened once. */
export function appStore(): KeyValueStore {
  return (shared ??= openStore());
}

/** Tests replace the shared store (e.g. with a blocked or full one). */
export function setAppStore(store: KeyValueStore | undefined): void {
  shared = store;
}

/** Calls `listener` when another tab changes `key`. Returns an unsubscribe function. */
export function onOtherTabChange(key: string, listener: () => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === key) listener();
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
