/**
 * Loaders that only some screens need (the final assessment, the progress screen), kept apart
 * from loader.ts so they do not weigh on the first screen.
 */
import { use } from 'react';

import { cached, contentLoaders, loadModuleContent, manifest } from './loader';
import type { Locale } from './locales';
import type { GlossaryContent, HelpContent, IndicatorTaxonomy, ModuleContent } from './types';

/** Reads a load from a component: suspends until it finishes; a failure goes to the error boundary. */
function useCached<T>(key: string, load: () => Promise<{ default: T }>): T {
  return use(cached(key, load));
}

/** Every written module in one language (the final assessment draws from all of them). */
export function useAllModuleContent(locale: Locale): ModuleContent[] {
  const ready = manifest.modules.filter((m) => m.status === 'ready');
  return useCached(`all/${locale}`, () =>
    Promise.all(ready.map((m) => loadModuleContent(m.id, locale))).then((all) => ({ default: all })),
  );
}

/** Suspends until the indicator taxonomy in `locale` is loaded. */
export function useIndicators(locale: Locale): IndicatorTaxonomy {
  return useCached(`indicators/${locale}`, () =>
    contentLoaders().then((l) => l.indicatorLoaders[locale]()),
  );
}

/** Suspends until the helplines, referral steps and role checklists in `locale` are loaded. */
export function useHelp(locale: Locale): HelpContent {
  return useCached(`help/${locale}`, () => contentLoaders().then((l) => l.helpLoaders[locale]()));
}

/** Suspends until the glossary in `locale` is loaded. */
export function useGlossary(locale: Locale): GlossaryContent {
  return useCached(`glossary/${locale}`, () =>
    contentLoaders().then((l) => l.glossaryLoaders[locale]()),
  );
}
