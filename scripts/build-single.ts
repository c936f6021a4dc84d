/**
 * `npm run build:single`: the whole course — code, styles, all three languages, every module — in
 * one HTML file that opens by double-click from a USB stick (file://), with hash routing and
 * progress saved in the browser. `npm run build:kolibri` (this script with --kolibri) zips the
 * same file as a Kolibri HTML5 app (index.html at the root).
 *
 * A module script cannot run from file:// (origin "null"), so the build is one classic script
 * (IIFE, no code splitting) placed inline at the end of <body>; its hash is the only script the
 * Content-Security-Policy allows, the style block's hash the only style, and no network request is
 * allowed at all.
 *
 * Options (for tests): --content <dir> builds from another content folder, --out <dir> writes there.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { build } from 'vite';

import { checkSingleFile, inlineScript, inlineStyle, singleFileCsp } from './single-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = path.resolve(option('--out') ?? path.join(root, 'dist-single'));
const content = option('--content');
// The content plugin is configured in vite.config.ts; this is how another folder reaches it.
if (content) process.env.QORGAU_CONTENT_DIR = path.resolve(content);

await build({ root, mode: 'single', logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });

const assets = path.join(out, 'assets');
const files = readdirSync(assets);
const js = files.filter((f) => f.endsWith('.js'));
const css = files.filter((f) => f.endsWith('.css'));
if (js.length !== 1)
  throw new Error(`Expected one script in the single build, found: ${js.join(', ')}`);

const script = inlineScript(readFileSync(path.join(assets, js[0] as string), 'utf8'));
const styles = inlineStyle(css.map((f) => readFileSync(path.join(assets, f), 'utf8')).join('\n'));
const csp = singleFileCsp(script, styles);

let html = readFileSync(path.join(out, 'index.html'), 'utf8');
html = html
  .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
  .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
  // Replacement functions, not strings: the code contains "$&" and "$'", which string
  // replacements would expand.
  .replace(
    '<head>',
    () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  )
  .replace('</head>', () => `  <style>${styles}</style>\n  </head>`)
  .replace('</body>', () => `  <script>${script}</script>\n  </body>`);

checkSingleFile(html, script);

rmSync(assets, { recursive: true, force: true });
rmSync(path.join(out, 'index.html'));
const single = path.join(out, 'qorgau.html');
writeFileSync(single, html);
console.log(
  `One-file course: ${path.relative(root, single)} (${(html.length / 1024).toFixed(0)} KB)`,
);

if (process.argv.includes('--kolibri')) {
  const zip = zipSync({ 'index.html': strToU8(html) }, { level: 9 });
  const target = path.join(out, 'qorgau-kolibri.zip');
  writeFileSync(target, zip);
  console.log(
    `Kolibri HTML5 app: ${path.relative(root, target)} (${(zip.length / 1024).toFixed(0)} KB)`,
  );
}
