/**
 * The installed course as this tab sees it: online or not, whether the service worker controls
 * the page, and whether a new version is waiting. The service worker is registered here; a
 * waiting version is activated only when the learner asks (see `applyUpdate`).
 */
import { create } from 'zustand';

import { serviceWorkerSupported } from '@/lib/offline-cache';
import { matchRoute, type RouteName } from '@/lib/paths';
import { serviceWorkerScriptUrl } from '@/lib/trusted-types';

interface OfflineState {
  online: boolean;
  /** The service worker controls this page: everything precached is available offline. */
  controlled: boolean;
  updateWaiting: boolean;
  /**
   * No service worker here (plain http on a LAN address, file://, a private mode, a blocked
   * worker): the course works, but cannot be stored for offline use.
   */
  unavailable: boolean;
}

export const useOfflineStore = create<OfflineState>()(() => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  controlled: false,
  updateWaiting: false,
  unavailable: false,
}));

let registration: ServiceWorkerRegistration | undefined;

/** Registers the service worker (built app only) and follows connection and update state. */
export async function startOffline(swUrl = './sw.js'): Promise<void> {
  const set = useOfflineStore.setState;
  window.addEventListener('online', () => set({ online: true }));
  window.addEventListener('offline', () => set({ online: false }));
  if (!serviceWorkerSupported()) {
    set({ unavailable: true });
    return;
  }
  const sw = navigator.serviceWorker;
  set({ controlled: Boolean(sw.controller) });
  sw.addEventListener('controllerchange', () => set({ controlled: true }));
  try {
    registration = await sw.register(serviceWorkerScriptUrl(swUrl), { scope: './' });
  } catch {
    // Blocked (a policy, a private mode): the course works on, only not offline.
    registration = undefined;
  }
  if (!registration) {
    set({ unavailable: true });
    return;
  }
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) set({ updateWaiting: true });
    });
  if (registration.waiting && sw.controller) set({ updateWaiting: true });
  registration.addEventListener('updatefound', () => watch(registration?.installing ?? null));
  // Look for a new version when the learner comes back to the tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration?.update().catch(() => undefined);
  });
}

/** Activates the waiting version and reloads once it has taken over — only ever on request. */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Checks for a new version now (the offline screen's button, and tests). */
export async function checkForUpdate(): Promise<void> {
  await registration?.update().catch(() => undefined);
}

/** Screens where a reload would lose the learner's place (a quiz in progress, a scenario turn). */
const BUSY: ReadonlySet<RouteName> = new Set([
  'quiz',
  'assessment',
  'scenario',
  // A running seminar: neither the projector nor the presenter window updates under the room.
  'seminarRun',
  'seminarPresenter',
]);

/** An address where a reload would lose the learner's place or a seminar's flow. */
export function isBusyPath(path: string): boolean {
  const match = matchRoute(path);
  return match ? BUSY.has(match.route) : false;
}
