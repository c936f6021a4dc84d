declare module 'virtual:qorgau/manifest' {
  import type { Locale, Manifest, ModuleContent } from '@/content/types';

  export const manifest: Manifest;
  export const moduleLoaders: Record<
    string,
    Record<Locale, () => Promise<{ default: ModuleContent }>>
  >;
}
