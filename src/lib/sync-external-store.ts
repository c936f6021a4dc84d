/**
 * What `use-sync-external-store/shim` gives react-i18next, for the build: React 19 has the hook
 * itself, so the shim (a copy for React 17 and older, plus the check that picks one) is dead
 * weight on the first screen. vite.config.ts points the shim's name here.
 */
export { useSyncExternalStore } from 'react';
