/**
 * The start-up choice: inside an LMS (a SCORM 1.2 API found) progress lives in the LMS, otherwise
 * on the device as always. Imported by src/main.tsx before anything that reads saved data, so that
 * inside an LMS nothing is read from the device's progress (on a shared computer it is someone
 * else's) until the session with the LMS (loaded only then) has the learner's own.
 */
import { findScormApi } from '@/lib/scorm-api';
import { openStore, setAppStore } from '@/lib/storage';
import { CURRENT_PROFILE_KEY } from '@/stores/profile-ids';
import { PROGRESS_KEY } from '@/stores/progress-record';

const api = findScormApi(window);

/** True when the course runs inside an LMS (the footer says where progress is saved). */
export const inLms = api !== null;

/** Resolves once the LMS session holds the progress (at once without an LMS). */
export const lmsReady: Promise<unknown> = api
  ? (() => {
      const device = openStore();
      const ours = (key: string) => key.startsWith(PROGRESS_KEY);
      // Inside an LMS the learner is the LMS's: the tab keeps the first profile's keys (the ones
      // the session holds), whatever profile the device last used.
      const profileChoice = (key: string) => key === CURRENT_PROFILE_KEY;
      // Until the session is there, no progress is read or written. Should it never come (its
      // file fails to load), the course still opens, and says that progress cannot be saved.
      setAppStore({
        ...device,
        read: (key) =>
          ours(key) || profileChoice(key) ? { ok: true, value: null } : device.read(key),
        write: (key, value) =>
          ours(key) || profileChoice(key)
            ? { ok: false, reason: 'blocked' }
            : device.write(key, value),
      });
      return import('./lms-session').then(
        (m) => m.connect(api, device),
        () => undefined,
      );
    })()
  : Promise.resolve();
