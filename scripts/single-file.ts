/**
 * Putting the course's script and styles inline in one HTML file, safely. The HTML parser reads an
 * inline script before JavaScript does: `</script` ends it, and `<!--` followed by `<script`
 * switches it into a state where the real `</script>` no longer ends it — the rest of the page is
 * swallowed and the course opens blank. Course text travels inside the script, so a lesson that
 * merely mentions `<!-- <script>` would do it. Each `<` that starts one of those sequences is
 * written `\x3C`, which means the same inside JavaScript strings, templates and regular
 * expressions; the result is parsed again to prove it is still valid JavaScript.
 */
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';

const HTML_SENSITIVE = /<(?=!--|\/?script)/gi;

export function inlineScript(code: string): string {
  const escaped = code.replace(HTML_SENSITIVE, '\\x3C');
  try {
    new Script(escaped, { filename: 'qorgau.html inline script' });
  } catch (error) {
    throw new Error(
      `Escaping "<!--" and "<script" made the inline script invalid (the sequence must appear outside a string in the code): ${String(error)}`,
      { cause: error },
    );
  }
  return escaped;
}

export function inlineStyle(css: string): string {
  if (/<\/style/i.test(css))
    throw new Error('The styles contain "</style", which would end the style block early.');
  return css;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The one-file build's policy: the inline script and style block by hash, nothing else — no
 * network at all, no workers, no frames.
 */
export function singleFileCsp(script: string, styles: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(styles)}`,
    'img-src data:',
    "connect-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/**
 * Refuses a page that does not have exactly the one inline script, ending where it should: the
 * check that would have caught a lesson swallowing the page.
 */
export function checkSingleFile(html: string, script: string): void {
  const opens = html.match(/<script\b/gi) ?? [];
  const closes = html.match(/<\/script\s*>/gi) ?? [];
  const body = /<script>([\s\S]*?)<\/script\s*>/i.exec(html)?.[1];
  const problems = [
    opens.length !== 1 && `${opens.length} "<script" openings (expected 1)`,
    closes.length !== 1 && `${closes.length} "</script>" endings (expected 1)`,
    body !== script && 'the inline script does not end where the course code ends',
    body?.includes('<!--') && 'the inline script contains "<!--"',
  ].filter(Boolean);
  if (problems.length > 0)
    throw new Error(`The one-file course would not open: ${problems.join('; ')}.`);
}
