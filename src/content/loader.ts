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

/** Reads a load from a component: suspends until it finishes; a failure goes to the error boundary. */
export function useCached<T>(key: string, load: () => Promise<{ default: T }>): T {
  return use(cached(key, load));
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

function moduleLoader(moduleId: string, locale: Locale): () => Promise<{ default: ModuleContent }> {
  const loader = moduleLoaders[moduleId]?.[locale];
  return loader ?? (() => Promise.reject(new Error(`Module "${moduleId}" is not part of the course`)));
}

/** Loads one module in one language. */
export function loadModuleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  return cached(`module/${moduleId}/${locale}`, moduleLoader(moduleId, locale));
}

/** Suspends until the module's content in `locale` is loaded; throws to the error boundary on failure. */
export function useModuleContent(moduleId: string, locale: Locale): ModuleContent {
  return useCached(`module/${moduleId}/${locale}`, moduleLoader(moduleId, locale));
}
