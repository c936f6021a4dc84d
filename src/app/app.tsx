import { StrictMode, Suspense, useEffect } from 'react';
import { HashRouter } from 'react-router';

import { onOtherTabChange } from '@/lib/storage';
import { useProgressStore } from '@/stores/progress-store';
import { useSettingsStore } from '@/stores/settings-store';
import { Loading } from '@/ui/loading';

import { AppRoutes } from './routes';

interface PersistedStore {
  persist: { getOptions: () => { name?: string }; rehydrate: () => Promise<void> | void };
}

/**
 * Two tabs of the course stay in step: a change saved in one is read again in the other. The
 * storage key is the one each store persists under, so it is written in one place only.
 */
function followOtherTabs(store: PersistedStore): () => void {
  const key = store.persist.getOptions().name;
  return key ? onOtherTabChange(key, () => void store.persist.rehydrate()) : () => undefined;
}

function useTabSync() {
  useEffect(() => {
    const stops = [useProgressStore, useSettingsStore].map(followOtherTabs);
    return () => stops.forEach((stop) => stop());
  }, []);
}

export function App() {
  useTabSync();
  return (
    <StrictMode>
      <Suspense fallback={<Loading label="…" />}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </Suspense>
    </StrictMode>
  );
}
