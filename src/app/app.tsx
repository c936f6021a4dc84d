import { StrictMode, Suspense, useEffect } from 'react';
import { HashRouter } from 'react-router';

import { onOtherTabChange } from '@/lib/storage';
import {
  CURRENT_PROFILE_KEY,
  currentProfile,
  GUEST_PROFILE,
  progressKey,
  settingsKey,
} from '@/stores/profile-keys';
import { SEMINAR_KEY } from '@/stores/seminar-key';
import { useSettingsStore } from '@/stores/settings-store';
import { loadWriter } from '@/stores/versioned-storage';
import { LoadingEveryLanguage } from '@/ui/loading';

import { inLms } from './lms/lms-start';
import { AppRoutes } from './routes';

/**
 * Two tabs of the course stay in step: a change saved in one is read again in the other and
 * merged with what this tab holds (never replacing it). Each key is the one its store persists
 * under, so it is written in one place only.
 */
function useTabSync() {
  useEffect(() => {
    // Saving is not needed to draw the first screen: it loads straight after.
    void loadWriter();
    const offProgress = onOtherTabChange(
      progressKey,
      () => void import('@/stores/progress-io').then((m) => m.syncProgressFromOtherTab()),
    );
    const offSettings = onOtherTabChange(
      settingsKey,
      () => void useSettingsStore.persist.rehydrate(),
    );
    // Another tab switched (or deleted) the profile: this one follows, since on a shared computer
    // the person at it changed. Not on a cleared storage: this tab then writes back what it holds.
    // A guest tab stays a guest. A tab inside an LMS keeps the LMS's learner (lms-start.ts), and a
    // reload there would end its SCORM session, after which nothing more could be saved.
    const offProfile =
      currentProfile === GUEST_PROFILE || inLms
        ? () => undefined
        : onOtherTabChange(CURRENT_PROFILE_KEY, () => window.location.reload(), true);
    // The projector and the presenter window share the seminar's saved state (its store loads
    // with seminar mode, not with the first screen).
    const offSeminar = onOtherTabChange(
      SEMINAR_KEY,
      () =>
        void import('@/stores/seminar-store').then((m) => m.useSeminarStore.persist.rehydrate()),
    );
    return () => {
      offProgress();
      offSettings();
      offProfile();
      offSeminar();
    };
  }, []);
}

export function App() {
  useTabSync();
  return (
    <StrictMode>
      <Suspense fallback={<LoadingEveryLanguage />}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </Suspense>
    </StrictMode>
  );
}
