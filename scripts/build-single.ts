/**
 * `npm run build:single`: the whole course — code, styles, all three languages, every module — in
 * one HTML file that opens by double-click from a USB stick (file://), with hash routing and
 * progress saved in the browser. `npm run build:kolibri` (this script with --kolibri) zips the
 * same file as a Kolibri HTML5 app (index.html at the root).
 *
 * A module script cannot run from file:// (origin "null"), so the build is one classic script
 * (IIFE, no code splitting) placed inline at the end of <body>; its hash is the only script the
 * Content-Security-Policy allows, and no network request is allowed at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist-single');

await build({ root, mode: 'single', logLevel: 'warn' });

const assets = path.join(out, 'assets');
const files = readdirSync(assets);
const js = files.filter((f) => f.endsWith('.js'));
const css = files.filter((f) => f.endsWith('.css'));
if (js.length !== 1)
  throw new Error(`Expected one script in the single build, found: ${js.join(', ')}`);

const script = readFileSync(path.join(assets, js[0] as string), 'utf8').replace(
  /<\/script/gi,
  '<\\/script',
);
const styles = css.map((f) => readFileSync(path.join(assets, f), 'utf8')).join('\n');
const scriptHash = createHash('sha256').update(script).digest('base64');
const csp =
  `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data: blob:; ` +
  "connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

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
  .replace('</head>', () => `  <style>\n${styles}\n</style>\n  </head>`)
  .replace('</body>', () => `  <script>${script}</script>\n  </body>`);

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
