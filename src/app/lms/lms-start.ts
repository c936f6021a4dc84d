/**
 * The start-up choice: inside an LMS (a SCORM 1.2 API found) progress lives in the LMS, otherwise
 * on the device as always. Imported by src/main.tsx before anything that reads saved data, so that
 * inside an LMS nothing is read from the device's progress (on a shared computer it is someone
 * else's) until the session with the LMS (loaded only then) has the learner's own.
 */
import { findScormApi } from '@/lib/scorm-api';
import { openStore, setAppStore } from '@/lib/storage';
import { PROGRESS_KEY } from '@/stores/progress-record';

const api = findScormApi(window);

/** True when the course runs inside an LMS (the footer says where progress is saved). */
export const inLms = api !== null;

/** Resolves once the LMS session holds the progress (at once without an LMS). */
export const lmsReady: Promise<unknown> = api
  ? (() => {
      const device = openStore();
      // Until the session is there: no progress (the first render waits for the session).
      setAppStore({
        ...device,
        read: (key) =>
          key.startsWith(PROGRESS_KEY) ? { ok: true, value: null } : device.read(key),
      });
      return import('./lms-session').then((m) => m.connect(api, device));
    })()
  : Promise.resolve();
