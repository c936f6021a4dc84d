declare module 'virtual:qorgau/manifest' {
  import type { CourseText, Locale, Manifest, ModuleContent } from '@/content/types';

  export const manifest: Manifest;
  export const moduleLoaders: Record<
    string,
    Record<Locale, () => Promise<{ default: ModuleContent }>>
  >;
  export const textLoaders: Record<Locale, () => Promise<{ default: CourseText }>>;
}
