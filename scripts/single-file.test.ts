import { Script } from 'node:vm';

import { checkSingleFile, inlineScript } from './single-file';

describe('the one-file build inline script', () => {
  it('writes every "<!--", "<script" and "</script" so the HTML parser cannot see them', () => {
    const code = 'var a="<!-- <script>",b=`</SCRIPT>`,c=/<script/i;';
    const escaped = inlineScript(code);
    expect(escaped).not.toMatch(/<!--|<\/?script/i);
    // …and the code means the same.
    const run = (src: string) => new Script(`${src};[a,b,c.test("<script")]`).runInNewContext();
    expect(run(escaped)).toEqual(run(code));
  });

  it('refuses a page with a second script or a script that ends early', () => {
    const script = 'var a=1;';
    expect(() =>
      checkSingleFile(`<head></head><body><script>${script}</script></body>`, script),
    ).not.toThrow();
    expect(() => checkSingleFile(`<script>${script}</script><script>x</script>`, script)).toThrow(
      /2 "<script" openings/,
    );
    expect(() => checkSingleFile('<script>var a="</script>', script)).toThrow(/does not end where/);
  });
});
