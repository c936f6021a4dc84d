/**
 * What the browser keeps for offline use: the service worker, its precache, the storage quota and
 * persistence. Every call is guarded — on file://, in old browsers or sandboxed frames these APIs
 * are missing or refuse, and the answer is then "not available", never an exception.
 */
export interface StorageInfo {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

export function serviceWorkerSupported(): boolean {
  try {
    // Reading the property itself throws in a sandboxed frame (Kolibri), so it is in the try.
    return (
      window.isSecureContext && Boolean(navigator.serviceWorker) && location.protocol !== 'file:'
    );
  } catch {
    return false;
  }
}

/** How many files the service worker's precache holds (0 when there is none). */
export async function precachedFiles(): Promise<number> {
  try {
    const names = await caches.keys();
    let count = 0;
    for (const name of names.filter((n) => n.startsWith('workbox-precache')))
      count += (await (await caches.open(name)).keys()).length;
    return count;
  } catch {
    return 0;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const info: StorageInfo = {};
  try {
    const estimate = await navigator.storage?.estimate();
    if (estimate?.usage !== undefined) info.usage = estimate.usage;
    if (estimate?.quota !== undefined) info.quota = estimate.quota;
    const persisted = await navigator.storage?.persisted();
    if (persisted !== undefined) info.persisted = persisted;
  } catch {
    // Not available here: the screen says so.
  }
  return info;
}

/** Asks the browser not to evict this site's data (progress included). */
export async function askToPersist(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist()) ?? false;
  } catch {
    return false;
  }
}
