/**
 * Vite plugin serving the compiled course as virtual modules:
 *   virtual:qorgau/manifest            — the course structure (no text) and lazy loaders for the rest
 *   virtual:qorgau/text/<lang>         — course and module titles in one language
 *   virtual:qorgau/indicators/<lang>   — the indicator taxonomy, for the progress screen
 *   virtual:qorgau/help/<lang>         — helplines, referral steps, role checklists (help, print)
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
const INDICATORS_PREFIX = 'virtual:qorgau/indicators/';
const HELP_PREFIX = 'virtual:qorgau/help/';

export function qorgauContent(options: { contentDir: string }): Plugin {
  const contentDir = path.resolve(options.contentDir);
  let cached: Promise<CompiledCourse> | undefined;
  const course = () => (cached ??= compileCourse(contentDir));

  return {
    name: 'qorgau-content',
    resolveId(id) {
      if ([MANIFEST, MODULE_PREFIX, TEXT_PREFIX, INDICATORS_PREFIX, HELP_PREFIX].some((p) => id.startsWith(p)))
        return `\0${id}`;
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
        const lazy = (prefix: string) =>
          LOCALES.map((l) => `${l}: () => import(${JSON.stringify(`${prefix}${l}`)})`).join(', ');
        return (
          `export const manifest = JSON.parse(${JSON.stringify(JSON.stringify(compiled.manifest))});\n` +
          `export const moduleLoaders = {\n  ${loaders}\n};\n` +
          `export const textLoaders = { ${lazy(TEXT_PREFIX)} };\n` +
          `export const indicatorLoaders = { ${lazy(INDICATORS_PREFIX)} };\n` +
          `export const helpLoaders = { ${lazy(HELP_PREFIX)} };\n`
        );
      }
      for (const [prefix, data] of [
        [TEXT_PREFIX, compiled.text],
        [INDICATORS_PREFIX, compiled.indicators],
        [HELP_PREFIX, compiled.help],
      ] as const) {
        if (!virtualId.startsWith(prefix)) continue;
        const value = data[virtualId.slice(prefix.length) as (typeof LOCALES)[number]];
        if (!value) this.error(`Nothing compiled for "${virtualId}"`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
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
