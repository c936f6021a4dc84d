declare module 'virtual:qorgau/manifest' {
  import type {
    CourseText,
    HelpContent,
    IndicatorTaxonomy,
    Locale,
    Manifest,
    ModuleContent,
  } from '@/content/types';

  export const manifest: Manifest;
  export const moduleLoaders: Record<
    string,
    Record<Locale, () => Promise<{ default: ModuleContent }>>
  >;
  export const textLoaders: Record<Locale, () => Promise<{ default: CourseText }>>;
  export const indicatorLoaders: Record<Locale, () => Promise<{ default: IndicatorTaxonomy }>>;
  export const helpLoaders: Record<Locale, () => Promise<{ default: HelpContent }>>;
}
