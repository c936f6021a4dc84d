/**
 * The course's session with an LMS's SCORM 1.2 API, loaded only when src/app/lms/lms-start.ts found
 * one: initialise, take the saved progress from `cmi.suspend_data`, and from then on report
 * progress, status, the final assessment's score and the current screen; commit whenever the page
 * is hidden (the learner may never come back to it) and finish once when it goes away, marked
 * "suspend" so the LMS hands the progress back next time.
 */
import ids from 'virtual:qorgau/ids';
import { manifest } from 'virtual:qorgau/manifest';

import type { Scorm12Api } from '@/lib/scorm-api';
import { setAppStore, type KeyValueStore } from '@/lib/storage';
import { PROGRESS_KEY } from '@/stores/progress-record';
import { useProgressStore } from '@/stores/progress-store';
import { suspendCodec } from '@/stores/suspend-data';

import { lmsReport, type LmsReport } from './lms-report';
import { lmsStore } from './lms-store';

/** SCORM 1.2's CMITimespan: HHHH:MM:SS. */
const timespan = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.min(9999, Math.floor(s / 3600)), 4)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};

/** The hash route, as the LMS keeps it (CMIString255). */
const here = () => window.location.hash.slice(1, 256) || '/';

/**
 * Connects, or — when the LMS refuses to initialise — leaves the course on the device store as if
 * there were no LMS (false). Called before the first render; when it returns, the progress from
 * the LMS is in the store.
 */
export function connect(api: Scorm12Api, device: KeyValueStore): boolean {
  if (api.LMSInitialize('') !== 'true') {
    setAppStore(device);
    void useProgressStore.persist.rehydrate();
    return false;
  }
  const started = Date.now();
  const set = (element: string, value: string) => api.LMSSetValue(element, value) === 'true';
  const before = api.LMSGetValue('cmi.core.lesson_status');
  if (before === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  // What the LMS already recorded is never taken back (progress it held may have been unreadable).
  const rank = (status: string) =>
    status === 'passed' ? 2 : +['completed', 'failed'].includes(status);

  let reported: LmsReport | undefined;
  const report = (next: LmsReport) => {
    if (reported?.status === next.status && reported.score === next.score) return;
    if (rank(next.status) >= rank(before)) set('cmi.core.lesson_status', next.status);
    if (next.score !== undefined) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(next.score));
    }
    const changed = reported !== undefined;
    reported = next;
    // A result reaches the LMS's records now, not only when the learner leaves.
    if (changed) api.LMSCommit('');
  };

  const store = lmsStore({
    api,
    device,
    progressKey: PROGRESS_KEY,
    codec: suspendCodec(ids),
    saved: (progress) => report(lmsReport(progress, manifest)),
  });
  setAppStore(store);
  void useProgressStore.persist.rehydrate();
  report(lmsReport(useProgressStore.getState(), manifest));

  // Back where the learner stopped, when the LMS starts the course at its first page again.
  const location = api.LMSGetValue('cmi.core.lesson_location');
  if (location.startsWith('/') && here() === '/') window.location.hash = location;
  const place = () => set('cmi.core.lesson_location', here());
  place();
  window.addEventListener('hashchange', place);

  const commit = () => {
    set('cmi.core.session_time', timespan(Date.now() - started));
    api.LMSCommit('');
  };
  let finished = false;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !finished) commit();
  });
  window.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    set('cmi.core.exit', 'suspend');
    commit();
    api.LMSFinish('');
  });
  return true;
}
