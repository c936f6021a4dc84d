import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { ChunkingContext } from 'rolldown';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import { qorgauContent } from './scripts/content/vite-plugin.ts';

/**
 * Three builds from one source:
 * - the web build (default): code split per screen and language, a service worker precaching
 *   the whole course, served from any static host or sub-folder;
 * - `--mode single` (npm run build:single): one classic script with everything in it, turned
 *   into one HTML file by scripts/build-single.ts, for file:// (USB sticks) and Kolibri;
 * - `--mode scorm` (npm run build:scorm): the web build without a service worker (the LMS serves
 *   and frames it), zipped with its imsmanifest.xml by scripts/build-scorm.ts.
 */

/**
 * The built course may only talk to its own origin and run only its own files: no inline script
 * or style, no plugin, no frame, and Trusted Types so that no string can become script (the only
 * script address made from a string is the service worker's, through the `qorgau` policy).
 * The dev server needs inline scripts, so this is for the build only. Servers add the headers a
 * meta tag cannot carry (frame-ancestors): see docs/deploy.md.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types qorgau',
].join('; ');

/**
 * The SCORM package's policy: the same, without workers or a web app manifest (the LMS serves the
 * package; it has neither). Being framed by the LMS is what a SCORM package is for, and a meta
 * policy cannot forbid it anyway (`frame-ancestors` works only as a header, which the LMS sends).
 */
export const SCORM_CSP = CSP.replace("worker-src 'self'", "worker-src 'none'").replace(
  "manifest-src 'self'",
  "manifest-src 'none'",
);

const contentSecurityPolicy = (content: string): Plugin => ({
  name: 'qorgau-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content },
      injectTo: 'head-prepend',
    },
  ],
});

const serviceWorker = VitePWA({
  // Updates wait until the learner says so: never a reload in the middle of a quiz or seminar.
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Qorgau · Қорғау · Коргау',
    short_name: 'Qorgau',
    description:
      'A course for front-line workers in Kazakhstan on preventing, recognising and referring human trafficking.',
    lang: 'kk',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f3f6f7',
    theme_color: '#0b5563',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The whole course in every language, not just the pages already visited.
    globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
    cleanupOutdatedCaches: true,
    // Take control on the first visit, so the course works offline without a reload. Later
    // versions still wait for the learner (prompt mode).
    clientsClaim: true,
    navigateFallback: 'index.html',
  },
});

/**
 * Everything the entry point imports statically — the libraries and the app's own first-screen
 * code, whatever their file names — travels as one `core` file: several small first-screen files
 * compress worse than one (measured by `npm run bench`). Modules that only lazy screens import are
 * left to split with those screens, so a library one screen needs loads with that screen only.
 */
function firstScreenGroup(moduleId: string, ctx: ChunkingContext): string | null {
  const reached = new Map<string, boolean>();
  const fromEntry = (id: string): boolean => {
    const known = reached.get(id);
    if (known !== undefined) return known;
    reached.set(id, false); // an import cycle does not reach the entry through itself
    const info = ctx.getModuleInfo(id);
    const result = Boolean(info && (info.isEntry || info.importers.some(fromEntry)));
    reached.set(id, result);
    return result;
  };
  // The entry point itself (and what index.html names) stays the entry chunk.
  const info = ctx.getModuleInfo(moduleId);
  const isEntry = (id: string) => Boolean(ctx.getModuleInfo(id)?.isEntry);
  if (!info || info.isEntry || info.importers.some(isEntry)) return null;
  return fromEntry(moduleId) ? 'core' : null;
}

const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

/**
 * Library code the course never runs, taken out of the first screen at build time. Each patch
 * names the library file and fails the build when its text is not found (a new library version
 * must be looked at again, never silently keep or break the code).
 */
const libraryPatches: { id: RegExp; what: string; patch: (code: string) => string }[] = [
  {
    // react-router makes its components with top-level `forwardRef(...)` calls, which a bundler
    // must assume have side effects, so NavLink and Form (and the form-submission code they use)
    // stayed in the core chunk though nothing imports them. Marked pure (and without their
    // `displayName` lines, which would keep them too; the render functions are named anyway),
    // the unused ones are dropped and Link is kept as before.
    id: /react-router[\\/]dist[\\/]production[\\/]chunk-[^/\\]+\.mjs$/,
    what: "react-router's forwardRef components",
    patch: (code) => {
      const pure: string[] = [];
      let out = code.replace(/^var (\w+) = (React\d*\.forwardRef\()/gm, (_, name: string, call) => {
        pure.push(name);
        return `var ${name} = /* @__PURE__ */ ${call}`;
      });
      for (const name of pure)
        out = out.replace(new RegExp(`^${name}\\.displayName = "\\w+";$`, 'm'), '');
      return out;
    },
  },
  {
    // A Link prefetches a route's modules only inside React Router's framework mode (a
    // FrameworkContext); under the course's HashRouter usePrefetchBehavior always answers "no
    // prefetch", yet it kept the whole prefetch-link machinery in the core chunk.
    id: /react-router[\\/]dist[\\/]production[\\/]chunk-[^/\\]+\.mjs$/,
    what: "react-router's Link prefetching",
    patch: (code) => {
      const noPrefetch = code.replace(
        /= usePrefetchBehavior\(\s*prefetch,\s*rest\s*\);/,
        '= [false, null, {}];',
      );
      const linkOnly = noPrefetch.replace(
        /return shouldPrefetch && !isAbsolute \?[^\n]*PrefetchPageLinks[^\n]*: link;/,
        'return link;',
      );
      // Both or neither: half of it would leave the machinery in.
      return noPrefetch !== code && linkOnly !== noPrefetch ? linkOnly : code;
    },
  },
  {
    // i18next's built-in formatter (`{{value, number}}` and the like, over Intl) is started on
    // every init; the course formats numbers and dates itself (src/lib/format.ts) and no UI string
    // uses i18next formatting (src/i18n/locales.test.ts checks the strings), so it stays out.
    id: /i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/,
    what: "i18next's built-in formatter",
    patch: (code) => code.replace('formatter = Formatter;', 'formatter = undefined;'),
  },
  {
    // jsQR carries the whole Shift-JIS table (about 35 KB of its 46 KB gzip) to turn kanji-mode
    // codes into text. The course reads only its own byte-mode codes (their raw bytes); a kanji
    // code is another app's and is refused by its first bytes whatever its text would say.
    id: /jsqr[\\/]dist[\\/]jsQR\.js$/,
    what: "jsQR's Shift-JIS table",
    patch: (code) =>
      code.replace(/exports\.shiftJISTable = \{[\s\S]*?\n\};/, 'exports.shiftJISTable = {};'),
  },
];

/** Applies `libraryPatches`; the build fails if one of them changed nothing in any file. */
function trimLibraries(): Plugin {
  const applied = new Set<string>();
  return {
    name: 'qorgau-trim-libraries',
    apply: 'build',
    buildStart: () => applied.clear(),
    transform: {
      filter: { id: libraryPatches.map((p) => p.id) },
      handler(code, id) {
        let out = code;
        for (const p of libraryPatches.filter((p) => p.id.test(id))) {
          const next = p.patch(out);
          if (next !== out) applied.add(p.what);
          out = next;
        }
        return out === code ? null : { code: out, map: null };
      },
    },
    buildEnd(error) {
      const missed = libraryPatches.filter((p) => !applied.has(p.what)).map((p) => p.what);
      if (!error && missed.length)
        this.error(`Library patches that no longer apply (vite.config.ts): ${missed.join(', ')}.`);
    },
  };
}

const SYNC_EXTERNAL_STORE = fileURLToPath(
  new URL('./src/lib/sync-external-store.ts', import.meta.url),
);

const webOutput = {
  codeSplitting: { groups: [{ name: firstScreenGroup, debugName: 'first-screen' }] },
  chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
    // Content chunks are named for what they hold: content-<module>[.<scenario>].<lang>.
    const m = /virtual:qorgau\/(?:module|scenario)\/(.+)\/([a-z]+)$/.exec(
      chunk.facadeModuleId ?? '',
    );
    return m
      ? `assets/content-${m[1]!.replace('/', '.')}.${m[2]}-[hash].js`
      : 'assets/[name]-[hash].js';
  },
};

export default defineConfig(({ mode, command }) => {
  const single = mode === 'single';
  const scorm = mode === 'scorm';
  return {
    base: './',
    plugins: [
      react(),
      trimLibraries(),
      // Another content folder only for tests of the build itself (scripts/build-single.ts --content).
      qorgauContent({ contentDir: process.env.QORGAU_CONTENT_DIR ?? 'content' }),
      ...(single ? [] : [contentSecurityPolicy(scorm ? SCORM_CSP : CSP)]),
      ...(single || scorm ? [] : [serviceWorker]),
    ],
    // The single file carries nothing beside itself (its icon is a data URL in index.html).
    publicDir: single ? false : 'public',
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // react-router's package exports name only its development build, which keeps its
        // development warnings (messages and the checks around them) in ours; its production
        // build is the same code without them.
        ...(command === 'build'
          ? [
              { find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION },
              { find: /^use-sync-external-store\/shim$/, replacement: SYNC_EXTERNAL_STORE },
            ]
          : []),
      ],
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : scorm ? 'dist-scorm/package' : 'dist',
      manifest: !single && !scorm,
      // No preload lists for lazy screens: they cost first-screen bytes, and their only shared
      // dependency (the core chunk) is already loaded by then.
      modulePreload: false,
      cssCodeSplit: !single,
      assetsInlineLimit: single ? 100_000_000 : 4096,
      rolldownOptions: {
        output: single ? { format: 'iife' as const, codeSplitting: false } : webOutput,
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      // The content tests compile the whole course (nine modules, three languages) several
      // times: seconds each on a two-core machine, so the default 5 s is too tight.
      testTimeout: 30_000,
    },
  };
});
