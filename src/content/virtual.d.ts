declare module 'virtual:qorgau/manifest' {
  import type {
    CourseOutline,
    CourseText,
    Locale,
    Manifest,
  } from '@/content/types';
  import type * as ContentLoaders from 'virtual:qorgau/content-loaders';

  type Loaders<T> = Record<Locale, () => Promise<{ default: T }>>;
  export const manifest: Manifest;
  export const textLoaders: Loaders<CourseText>;
  /** Module id → that module's lesson and scenario titles, per language. */
  export const moduleOutlineLoaders: Record<string, Loaders<CourseOutline['modules'][string]>>;
  export const outlineLoaders: Loaders<CourseOutline>;
  /**
   * The module, scenario, indicator and help loaders travel in a small chunk of their own, so the first screen
   * does not grow with every one written (see scripts/content/vite-plugin.ts).
   */
  export const loadContentLoaders: () => Promise<typeof ContentLoaders>;
}

declare module 'virtual:qorgau/content-loaders' {
  import type {
    GlossaryContent,
    HelpContent,
    IndicatorTaxonomy,
    Locale,
    ModuleContent,
    ScenarioChunk,
  } from '@/content/types';

  type Loaders<T> = Record<Locale, () => Promise<{ default: T }>>;
  /** Module id → a loader per language. */
  export const moduleLoaders: Record<string, Loaders<ModuleContent>>;
  /** Module id → scenario id → a loader per language. */
  export const scenarioLoaders: Record<string, Record<string, Loaders<ScenarioChunk>>>;
  export const indicatorLoaders: Loaders<IndicatorTaxonomy>;
  export const helpLoaders: Loaders<HelpContent>;
  export const glossaryLoaders: Loaders<GlossaryContent>;
}

declare module 'virtual:qorgau/codebook' {
  import type { Codebook } from '@/content/types';

  const codebook: Codebook;
  export default codebook;
}

declare module 'virtual:qorgau/ids' {
  /** Every id saved progress can name (see scripts/content/course-ids.ts). */
  const ids: string[];
  export default ids;
}
