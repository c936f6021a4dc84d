// @vitest-environment node
import codebook from 'virtual:qorgau/codebook';

import { manifest } from '@/content/loader';

import {
  largestCode,
  LONGEST_INITIALS,
  MAX_QR_VERSION,
  PARTICIPANT,
} from '../../scripts/bench/result-code';
import { qrMatrix, qrVersion } from './qr-draw';
import { codeLabel, decodeResult, encodeResult, type CodedResult } from './result-code';
import { ASSESSMENT } from './result-file';

const who = { participant: PARTICIPANT };
const MODULE = codebook.quizzes[0]!;

/** The smallest result: a module quiz saved before questions were recorded, nothing met. */
const smallest: CodedResult = {
  kind: 'quiz',
  entry: {
    key: MODULE.id,
    at: '2026-12-01T09:30:00.000Z',
    score: 0,
    max: 10,
    passed: false,
    missed: [],
    met: [],
    recognised: [],
  },
};

const decoded = (bytes: Uint8Array | undefined) => {
  if (!bytes) throw new Error('not encoded');
  return decodeResult(bytes, codebook, manifest);
};

describe('result codes', () => {
  it('reads the largest result in the course back as it was, within a version-10 code', () => {
    const { result, bytes } = largestCode(codebook, manifest);
    const read = decoded(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.id).toBe('deadbeef');
    expect(read.file.label).toBe(LONGEST_INITIALS);
    const entry = [...read.file.quizzes, ...read.file.scenarios][0];
    const { met, recognised, ...rest } = result.entry;
    expect(entry).toMatchObject(rest);
    expect([...(entry?.met ?? [])].sort()).toEqual([...met].sort());
    expect([...(entry?.recognised ?? [])].sort()).toEqual([...recognised].sort());
    expect(qrVersion(qrMatrix(bytes!))).toBeLessThanOrEqual(MAX_QR_VERSION);
  });

  it('reads the smallest result back, without initials', () => {
    const read = decoded(encodeResult(smallest, who, codebook));
    expect(read).toEqual({
      ok: true,
      file: {
        kind: 'qorgau-result',
        version: 1,
        id: 'deadbeef',
        createdAt: '2026-12-01T09:30:00.000Z',
        quizzes: [smallest.entry],
        scenarios: [],
      },
    });
  });

  it('keeps which final-assessment questions were missed and the indicators met and recognised', () => {
    const asked = codebook.quizzes
      .slice(0, 2)
      .flatMap((m) => m.questions.slice(0, 2).map((q) => `${m.id}/${q}`));
    const entry = {
      key: ASSESSMENT,
      at: '2026-12-01T11:00:00.000Z',
      score: 3,
      max: 4,
      passed: false,
      asked,
      missed: [asked[1]!],
      met: [codebook.indicators[2]!, codebook.indicators[2]!, codebook.indicators[0]!],
      recognised: [codebook.indicators[2]!],
    };
    const read = decoded(
      encodeResult({ kind: 'quiz', entry }, { ...who, initials: ' А.Б. ' }, codebook),
    );
    expect(read.ok && read.file.label).toBe('А.Б.');
    expect(read.ok && read.file.quizzes[0]).toEqual({
      ...entry,
      met: [codebook.indicators[0], codebook.indicators[2], codebook.indicators[2]],
    });
  });

  it('refuses a code with any one byte changed, as tampered', () => {
    const bytes = encodeResult(smallest, who, codebook)!;
    for (let i = 0; i < bytes.length; i++) {
      const changed = bytes.slice();
      changed[i] = (changed[i]! + 1) % 256;
      const read = decoded(changed);
      // The first two bytes say whose code it is: changed, it is simply not ours.
      expect(read, `byte ${i}`).toEqual({ ok: false, problem: i < 2 ? 'other-app' : 'tampered' });
    }
  });

  it('names a code from another app, a newer app and another version of the course', () => {
    expect(decoded(new TextEncoder().encode('https://example.org/ticket/42'))).toEqual({
      ok: false,
      problem: 'other-app',
    });
    expect(
      decodeResult(
        encodeResult(smallest, who, codebook)!,
        { ...codebook, version: '00000000' },
        manifest,
      ),
    ).toEqual({
      ok: false,
      problem: 'other-version',
    });
    const newer = encodeResult(smallest, who, codebook)!;
    newer[2] = 2;
    expect(decoded(resign(newer))).toEqual({ ok: false, problem: 'newer-app' });
  });

  it('names a well-formed code whose numbers do not add up as damaged', () => {
    const bytes = encodeResult(smallest, who, codebook)!;
    bytes[16] = 250; // a quiz the course does not have
    expect(decoded(resign(bytes))).toEqual({ ok: false, problem: 'damaged' });
    expect(decoded(resign(encodeResult(smallest, who, codebook)!.slice(0, -1)))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('does not encode a result naming what this version of the course lacks', () => {
    expect(
      encodeResult({ ...smallest, entry: { ...smallest.entry, key: 'gone' } }, who, codebook),
    ).toBeUndefined();
  });

  it('keeps initials to whole characters within the limit', () => {
    expect(codeLabel('Әғқңөұүһіәжж')).toBe('Әғқңөұүһіә');
    expect(codeLabel('   ')).toBe('');
  });
});

/** The same bytes with a correct checksum again: a forger who knows the format. */
function resign(bytes: Uint8Array): Uint8Array {
  const body = bytes.slice(0, bytes.length - 4);
  let crc = 0xffffffff;
  for (const b of body) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  return Uint8Array.from([
    ...body,
    crc >>> 24,
    (crc >>> 16) & 0xff,
    (crc >>> 8) & 0xff,
    crc & 0xff,
  ]);
}
