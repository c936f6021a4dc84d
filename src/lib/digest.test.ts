import { createHash } from 'node:crypto';

import { base32, normaliseCode, sha256, sha256Fallback, shortDigest } from './digest';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('digest', () => {
  it.each(['', 'abc', 'Қорғау — «Коргау»', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])(
    'the stand-in SHA-256 agrees with Node and crypto.subtle for %#',
    async (text) => {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(hex(sha256Fallback(new TextEncoder().encode(text)))).toBe(expected);
      expect(hex(await sha256(text))).toBe(expected);
    },
  );

  it('writes base32 without letters people confuse, and reads back what was mistyped', async () => {
    expect(base32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 8)).toBe('ZZZZZZZZ');
    expect(base32(new Uint8Array([0, 0, 0, 0, 0]), 8)).toBe('00000000');
    const code = await shortDigest('record', 10);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(normaliseCode('ol-1i 2b')).toBe('01112B');
  });
});
