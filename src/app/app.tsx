import { StrictMode, Suspense, useEffect } from 'react';
import { HashRouter } from 'react-router';

import { onOtherTabChange } from '@/lib/storage';
import { PROGRESS_KEY } from '@/stores/progress-record';
import { SEMINAR_KEY } from '@/stores/seminar-key';
import { useSettingsStore } from '@/stores/settings-store';
import { loadWriter } from '@/stores/versioned-storage';
import { LoadingEveryLanguage } from '@/ui/loading';

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
      PROGRESS_KEY,
      () => void import('@/stores/progress-io').then((m) => m.syncProgressFromOtherTab()),
    );
    const settingsKey = useSettingsStore.persist.getOptions().name;
    const offSettings = settingsKey
      ? onOtherTabChange(settingsKey, () => void useSettingsStore.persist.rehydrate())
      : () => undefined;
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
