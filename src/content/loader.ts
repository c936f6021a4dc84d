/**
 * The course as the app sees it: the manifest (always present, small) and each module × locale
 * bundle, fetched the first time it is needed and kept for the session.
 */
import { use } from 'react';
import { manifest, moduleLoaders, textLoaders } from 'virtual:qorgau/manifest';

import { NotFoundError } from '@/lib/not-found';

import type { Locale } from './locales';
import type { ManifestModule, ModuleContent } from './types';

export { manifest, textLoaders };

const cache = new Map<string, Promise<unknown>>();

/**
 * Loads once and remembers; a failed load is forgotten so that "try again" retries. Handing React
 * the same promise every time is what lets `use` show finished data without suspending again.
 */
export function cached<T>(key: string, load: () => Promise<{ default: T }>): Promise<T> {
  // One key always names one load, so what is stored under it has that load's type.
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then(
      (m) => m.default,
      (error: unknown) => {
        cache.delete(key);
        throw error;
      },
    );
    cache.set(key, promise);
  }
  return promise;
}

export function findModule(moduleId: string | undefined): ManifestModule | undefined {
  return manifest.modules.find((m) => m.id === moduleId);
}

/** The module a screen's address names; "not found" when it does not exist or is not written yet. */
export function requireModule(moduleId: string | undefined): ManifestModule {
  const module = findModule(moduleId);
  if (!module || module.status !== 'ready') throw new NotFoundError(`module ${moduleId}`);
  return module;
}

/** Loads one module in one language. */
export function loadModuleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  const loader = moduleLoaders[moduleId]?.[locale];
  if (!loader) return Promise.reject(new Error(`Module "${moduleId}" is not part of the course`));
  return cached(`module/${moduleId}/${locale}`, loader);
}

/** Suspends until the module's content in `locale` is loaded; throws to the error boundary on failure. */
export function useModuleContent(moduleId: string, locale: Locale): ModuleContent {
  return use(loadModuleContent(moduleId, locale));
}
