/**
 * The only module that touches `localStorage`. Every call is wrapped: a blocked or full storage
 * never throws into the app; callers get a result they must look at. A read that fails is not
 * "nothing saved" — it says so, and callers must not write over what they could not read. When
 * the browser refuses storage altogether (private modes, sandboxed frames, policies) a memory
 * store stands in, and `persistent` says so, so the app can tell the learner. A storage that can
 * be read but not written (full) stays the device store: what is saved still shows.
 */
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'blocked' };
export type ReadResult = { ok: true; value: string | null } | { ok: false };

export interface KeyValueStore {
  /** False when the data lives only in this tab's memory. */
  readonly persistent: boolean;
  /** True for a guest's memory store: nothing is kept on purpose, so there is nothing to warn of. */
  readonly byChoice?: boolean;
  /** Set when the store could be read but not written to when it was opened (storage full). */
  readonly writeProblemAtStart?: 'quota' | 'blocked';
  read(key: string): ReadResult;
  write(key: string, value: string): WriteResult;
  remove(key: string): void;
  keys(prefix: string): string[];
}

/** A store in this tab's memory only; `byChoice` for a guest, who asked for nothing to be kept. */
export function memoryStore(byChoice = false): KeyValueStore {
  const data = new Map<string, string>();
  return {
    persistent: false,
    ...(byChoice ? { byChoice } : {}),
    read: (key) => ({ ok: true, value: data.get(key) ?? null }),
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

function browserStore(storage: Storage, writeProblemAtStart?: 'quota' | 'blocked'): KeyValueStore {
  return {
    persistent: true,
    ...(writeProblemAtStart ? { writeProblemAtStart } : {}),
    read: (key) => {
      try {
        return { ok: true, value: storage.getItem(key) };
      } catch {
        return { ok: false };
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
  let storage: Storage;
  try {
    storage = getStorage();
  } catch {
    return memoryStore();
  }
  const probe = 'qorgau.probe';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return browserStore(storage);
  } catch (error) {
    // Writing fails. If reading works, what is saved must still show: keep the device store.
    try {
      storage.getItem(probe);
      return browserStore(storage, isQuotaError(error) ? 'quota' : 'blocked');
    } catch {
      return memoryStore();
    }
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

const GUEST_FLAG = 'qorgau.guest';

/**
 * Whether this tab is a guest session. The flag lives in sessionStorage, which the browser empties
 * when the tab closes; it holds no learner data, only "guest", so a reload stays a guest.
 */
export function guestSession(value?: boolean): boolean {
  try {
    if (value === true) window.sessionStorage.setItem(GUEST_FLAG, '1');
    if (value === false) window.sessionStorage.removeItem(GUEST_FLAG);
    return window.sessionStorage.getItem(GUEST_FLAG) === '1';
  } catch {
    return false;
  }
}

/**
 * Calls `listener` when another tab changes `key` (and, unless `exact`, when it clears the whole
 * storage). Returns an unsubscribe function.
 */
export function onOtherTabChange(key: string, listener: () => void, exact = false): () => void {
  const handler = (event: StorageEvent) => {
    // A null key: the other tab cleared the whole storage.
    if (event.key === key || (event.key === null && !exact)) listener();
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
