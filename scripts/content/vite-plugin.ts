/**
 * Vite plugin serving the compiled course as virtual modules:
 *   virtual:qorgau/manifest            — the course structure (no text) and lazy loaders for the rest
 *   virtual:qorgau/text/<lang>         — what the course home shows: course and module titles, summaries
 *   virtual:qorgau/outline/<lang>      — role names, lesson and scenario titles (every other screen)
 *   virtual:qorgau/outline/<id>/<lang> — one module's lesson and scenario titles (the course home's
 *                                        "continue" button)
 *   virtual:qorgau/indicators/<lang>   — the indicator taxonomy, for the progress screen
 *   virtual:qorgau/help/<lang>         — helplines, referral steps, role checklists (help, print)
 *   virtual:qorgau/glossary/<lang>     — the glossary: terms in three languages, meanings in one
 *   virtual:qorgau/module/<id>/<lang>  — one chunk per module × locale: text, lessons, quiz
 *   virtual:qorgau/scenario/<module>/<scenario>/<lang> — one chunk per scenario × locale
 *   virtual:qorgau/codebook            — the ids result QR codes index and the course version (the
 *                                        screens that make or read codes)
 *   virtual:qorgau/ids                 — every id saved progress can name (the SCORM build's compact
 *                                        suspend_data; loaded only inside an LMS)
 *   virtual:qorgau/content-loaders     — the loaders of module, scenario, indicator and help chunks,
 *                                        fetched with the first screen that shows one, so the first
 *                                        screen does not grow with every module and scenario written
 * A content problem stops the build (and shows the overlay in dev) with file and field named.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

import { LOCALES, type Locale } from '../../src/content/locales.ts';
import { compileCourse, type CompiledCourse } from './compile.ts';
import { courseIds } from './course-ids.ts';

const MANIFEST = 'virtual:qorgau/manifest';
const CONTENT_LOADERS = 'virtual:qorgau/content-loaders';
const CODEBOOK = 'virtual:qorgau/codebook';
const IDS = 'virtual:qorgau/ids';
const MODULE_PREFIX = 'virtual:qorgau/module/';
const SCENARIO_PREFIX = 'virtual:qorgau/scenario/';
const TEXT_PREFIX = 'virtual:qorgau/text/';
const OUTLINE_PREFIX = 'virtual:qorgau/outline/';
const INDICATORS_PREFIX = 'virtual:qorgau/indicators/';
const HELP_PREFIX = 'virtual:qorgau/help/';
const GLOSSARY_PREFIX = 'virtual:qorgau/glossary/';

const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
/** `{ kk: () => import("<prefix>kk"), ... }` */
const perLocaleImports = (prefix: string) =>
  `{ ${LOCALES.map((l) => `${l}: () => import(${JSON.stringify(`${prefix}${l}`)})`).join(', ')} }`;
const entries = (pairs: [string, string][]) =>
  `{ ${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }`;

export function qorgauContent(options: { contentDir: string }): Plugin {
  const contentDir = path.resolve(options.contentDir);
  let cached: Promise<CompiledCourse> | undefined;
  const course = () => (cached ??= compileCourse(contentDir));

  return {
    name: 'qorgau-content',
    resolveId(id) {
      if (id.startsWith('virtual:qorgau/')) return `\0${id}`;
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
        const outlines = entries(
          [...compiled.modules.keys()].map((m) => [m, perLocaleImports(`${OUTLINE_PREFIX}${m}/`)]),
        );
        return (
          `export const manifest = ${json(compiled.manifest)};\n` +
          `export const textLoaders = ${perLocaleImports(TEXT_PREFIX)};\n` +
          `export const outlineLoaders = ${perLocaleImports(OUTLINE_PREFIX)};\n` +
          `export const moduleOutlineLoaders = ${outlines};\n` +
          `export const loadContentLoaders = () => import(${JSON.stringify(CONTENT_LOADERS)});\n`
        );
      }
      if (virtualId === CODEBOOK) return `export default ${json(compiled.codebook)};\n`;
      if (virtualId === IDS) return `export default ${json(courseIds(compiled))};\n`;
      if (virtualId === CONTENT_LOADERS) {
        const modules = entries(
          [...compiled.modules.keys()].map((m) => [m, perLocaleImports(`${MODULE_PREFIX}${m}/`)]),
        );
        const scenarios = entries(
          [...compiled.scenarios].map(([m, scenarios]) => [
            m,
            entries(
              [...scenarios.keys()].map((s) => [s, perLocaleImports(`${SCENARIO_PREFIX}${m}/${s}/`)]),
            ),
          ]),
        );
        return (
          `export const moduleLoaders = ${modules};\n` +
          `export const scenarioLoaders = ${scenarios};\n` +
          `export const indicatorLoaders = ${perLocaleImports(INDICATORS_PREFIX)};\n` +
          `export const helpLoaders = ${perLocaleImports(HELP_PREFIX)};\n` +
          `export const glossaryLoaders = ${perLocaleImports(GLOSSARY_PREFIX)};\n`
        );
      }
      const moduleOutline = new RegExp(`^${OUTLINE_PREFIX}([^/]+)/([a-z]+)$`).exec(virtualId);
      if (moduleOutline) {
        const value = compiled.outline[moduleOutline[2] as Locale]?.modules[moduleOutline[1]!];
        if (!value) this.error(`Nothing compiled for "${virtualId}"`);
        return `export default ${json(value)};\n`;
      }
      for (const [prefix, data] of [
        [TEXT_PREFIX, compiled.text],
        [OUTLINE_PREFIX, compiled.outline],
        [INDICATORS_PREFIX, compiled.indicators],
        [HELP_PREFIX, compiled.help],
        [GLOSSARY_PREFIX, compiled.glossary],
      ] as const) {
        if (!virtualId.startsWith(prefix)) continue;
        const value = data[virtualId.slice(prefix.length) as Locale];
        if (!value) this.error(`Nothing compiled for "${virtualId}"`);
        return `export default ${json(value)};\n`;
      }
      if (virtualId.startsWith(SCENARIO_PREFIX)) {
        const [moduleId, scenarioId, locale] = virtualId.slice(SCENARIO_PREFIX.length).split('/');
        const content = compiled.scenarios.get(moduleId ?? '')?.get(scenarioId ?? '')?.[
          locale as Locale
        ];
        if (!content)
          this.error(`No compiled scenario "${scenarioId}" of module "${moduleId}" in "${locale}"`);
        return `export default ${json(content)};\n`;
      }
      if (!virtualId.startsWith(MODULE_PREFIX)) this.error(`Unknown content module "${virtualId}"`);
      const [moduleId, locale] = virtualId.slice(MODULE_PREFIX.length).split('/');
      const content = compiled.modules.get(moduleId ?? '')?.[locale as Locale];
      if (!content) this.error(`No compiled content for module "${moduleId}" in locale "${locale}"`);
      return `export default ${json(content)};\n`;
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
