/**
 * The course as the app sees it: the manifest (always present, small), each module × locale
 * bundle and each scenario × locale bundle, fetched the first time it is needed and kept for the
 * session.
 */
import { use } from 'react';
import {
  loadContentLoaders,
  manifest,
  moduleOutlineLoaders,
  outlineLoaders,
  textLoaders,
} from 'virtual:qorgau/manifest';

import { NotFoundError } from '@/lib/not-found';

import type { Locale } from './locales';
import type {
  CourseItem,
  CourseOutline,
  ManifestModule,
  ModuleContent,
  ScenarioChunk,
} from './types';

export { manifest, outlineLoaders, textLoaders };

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

/** The content loaders: a small chunk of their own, fetched with the first content. */
export const contentLoaders = () =>
  cached('content-loaders', () => loadContentLoaders().then((m) => ({ default: m })));

/** Looks up an id from an address among an object's own keys only. */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** Loads one module in one language. */
export function loadModuleContent(moduleId: string, locale: Locale): Promise<ModuleContent> {
  return cached(`module/${moduleId}/${locale}`, () =>
    contentLoaders().then(({ moduleLoaders }) => {
      const load = own(moduleLoaders, moduleId);
      if (!load) throw new Error(`Module "${moduleId}" is not part of the course`);
      return load[locale]();
    }),
  );
}

/** Suspends until the module's content in `locale` is loaded; throws to the error boundary on failure. */
export function useModuleContent(moduleId: string, locale: Locale): ModuleContent {
  return use(loadModuleContent(moduleId, locale));
}

/** Loads one scenario in one language. */
export function loadScenarioContent(
  moduleId: string,
  scenarioId: string,
  locale: Locale,
): Promise<ScenarioChunk> {
  return cached(`scenario/${moduleId}/${scenarioId}/${locale}`, () =>
    contentLoaders().then(({ scenarioLoaders }) => {
      const load = own(own(scenarioLoaders, moduleId), scenarioId);
      if (!load) throw new NotFoundError(`scenario ${moduleId}/${scenarioId}`);
      return load[locale]();
    }),
  );
}

/**
 * Suspends until one scenario's content in `locale` is loaded; a scenario the module does not
 * have is "not found", a failed load goes to the error boundary.
 */
export function useScenarioContent(
  moduleId: string,
  scenarioId: string,
  locale: Locale,
): ScenarioChunk {
  return use(loadScenarioContent(moduleId, scenarioId, locale));
}

/**
 * One module's lesson and scenario titles, for the course home's "continue" button: the whole
 * outline is not on the first screen.
 */
export function loadModuleOutline(
  moduleId: string,
  locale: Locale,
): Promise<CourseOutline['modules'][string]> {
  const load = own(moduleOutlineLoaders, moduleId);
  if (!load) return Promise.reject(new NotFoundError(`module ${moduleId}`));
  return cached(`outline/${moduleId}/${locale}`, load[locale]);
}

/** Loads what the screen of `item` needs in `locale` (before switching language on it). */
export function loadItemContent(
  item: CourseItem | { kind: 'module'; moduleId: string },
  locale: Locale,
): Promise<unknown> {
  return item.kind === 'scenario'
    ? loadScenarioContent(item.moduleId, item.id, locale)
    : loadModuleContent(item.moduleId, locale);
}
