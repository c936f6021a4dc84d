import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { qorgauContent } from './scripts/content/vite-plugin.ts';

/** The built course may only talk to its own origin; the dev server needs inline scripts, so build only. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const contentSecurityPolicy: Plugin = {
  name: 'qorgau-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  base: './',
  plugins: [react(), qorgauContent({ contentDir: 'content' }), contentSecurityPolicy],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser the course supports knows modulepreload; the polyfill would only cost bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The libraries and shared layers travel as one file: several small first-screen files
        // compress worse than one (measured by `npm run bench`).
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules|virtual:qorgau\/manifest|\/src\/(stores|lib)\/(?!progress-merge|download|format)/,
            },
          ],
        },
        chunkFileNames: (chunk) => {
          const m = /virtual:qorgau\/module\/([^/]+)\/([a-z]+)$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/content-${m[1]}.${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
});
