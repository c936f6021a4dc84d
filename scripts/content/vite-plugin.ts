/**
 * Vite plugin serving the compiled course as virtual modules:
 *   virtual:qorgau/manifest            — the course structure (no text) and lazy loaders for the rest
 *   virtual:qorgau/text/<lang>         — course and module titles in one language
 *   virtual:qorgau/module/<id>/<lang>  — one chunk per module × locale, loaded when first needed
 * A content problem stops the build (and shows the overlay in dev) with file and field named.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

import { LOCALES } from '../../src/content/locales.ts';
import { compileCourse, type CompiledCourse } from './compile.ts';

const MANIFEST = 'virtual:qorgau/manifest';
const MODULE_PREFIX = 'virtual:qorgau/module/';
const TEXT_PREFIX = 'virtual:qorgau/text/';

export function qorgauContent(options: { contentDir: string }): Plugin {
  const contentDir = path.resolve(options.contentDir);
  let cached: Promise<CompiledCourse> | undefined;
  const course = () => (cached ??= compileCourse(contentDir));

  return {
    name: 'qorgau-content',
    resolveId(id) {
      if (id === MANIFEST || id.startsWith(MODULE_PREFIX) || id.startsWith(TEXT_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:qorgau/')) return undefined;
      let compiled: CompiledCourse;
      try {
        compiled = await course();
      } catch (error) {
        cached = undefined;
        this.error(error instanceof Error ? error.message : String(error));
      }
      for (const file of compiled.files) this.addWatchFile(file);
      const virtualId = id.slice(1);
      if (virtualId === MANIFEST) {
        const loaders = [...compiled.modules.keys()]
          .map((moduleId) => {
            const perLocale = LOCALES.map(
              (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${MODULE_PREFIX}${moduleId}/${locale}`)})`,
            );
            return `${JSON.stringify(moduleId)}: { ${perLocale.join(', ')} }`;
          })
          .join(',\n  ');
        const text = LOCALES.map((l) => `${l}: () => import(${JSON.stringify(`${TEXT_PREFIX}${l}`)})`).join(', ');
        return (
          `export const manifest = JSON.parse(${JSON.stringify(JSON.stringify(compiled.manifest))});\n` +
          `export const moduleLoaders = {\n  ${loaders}\n};\n` +
          `export const textLoaders = { ${text} };\n`
        );
      }
      if (virtualId.startsWith(TEXT_PREFIX)) {
        const text = compiled.text[virtualId.slice(TEXT_PREFIX.length) as (typeof LOCALES)[number]];
        if (!text) this.error(`No course text for "${virtualId}"`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(text))});\n`;
      }
      const [moduleId, locale] = virtualId.slice(MODULE_PREFIX.length).split('/');
      const content = compiled.modules.get(moduleId ?? '')?.[locale as (typeof LOCALES)[number]];
      if (!content) this.error(`No compiled content for module "${moduleId}" in locale "${locale}"`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))});\n`;
    },
    watchChange(id) {
      if (id.startsWith(contentDir)) cached = undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return undefined;
      cached = undefined;
      for (const mod of server.moduleGraph.idToModuleMap.values())
        if (mod.id?.startsWith('\0virtual:qorgau/')) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
