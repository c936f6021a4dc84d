// @vitest-environment node
/**
 * The reading library on camera-like pictures of the app's own largest code: drawn to pixels in
 * Node, then turned, shrunk, blurred and made noisy (scripts/bench/qr-frames.ts).
 */
import codebook from 'virtual:qorgau/codebook';

import { manifest } from '@/content/loader';

import { blur, frameWithCode, noise, toRgba, type Grey } from '../../scripts/bench/qr-frames';
import { largestCode } from '../../scripts/bench/result-code';
import { qrMatrix } from './qr-draw';
import { readQr } from './qr-read';
import { decodeResult } from './result-code';

const { bytes } = largestCode(codebook, manifest);
const code = qrMatrix(bytes!);

const cases: [string, () => Grey][] = [
  ['straight', () => frameWithCode(code, { moduleSize: 4 })],
  ['turned 20°', () => frameWithCode(code, { moduleSize: 5, angle: 20 })],
  ['upside down and askew (200°)', () => frameWithCode(code, { moduleSize: 5, angle: 200 })],
  ['scaled down to 3 px a module', () => frameWithCode(code, { moduleSize: 3, angle: 5 })],
  ['out of focus', () => blur(frameWithCode(code, { moduleSize: 5 }), 1)],
  ['noisy', () => noise(frameWithCode(code, { moduleSize: 5, angle: 10 }), 0.02)],
  [
    'turned, shrunk, blurred and noisy together, off centre',
    () =>
      noise(blur(frameWithCode(code, { moduleSize: 4, angle: 15, at: [0.4, 0.55] }), 1), 0.015, 7),
  ],
  [
    'turned and very noisy (read on a smoothed copy)',
    () => noise(frameWithCode(code, { moduleSize: 5, angle: 10 }), 0.05, 3),
  ],
];

describe('reading codes from camera-like frames', () => {
  it.each(cases)('reads the largest result %s', (_, make) => {
    const frame = make();
    const read = readQr(toRgba(frame), frame.width, frame.height, 'thorough');
    expect(read?.bytes).toEqual(bytes);
    expect(decodeResult(read!.bytes, codebook, manifest).ok).toBe(true);
  });

  it('finds nothing in a frame without a code', () => {
    const frame = noise(blur(frameWithCode(qrMatrix('x'), { moduleSize: 0.01 }), 1), 0.02);
    expect(readQr(toRgba(frame), frame.width, frame.height, 'thorough')).toBeUndefined();
  });
});
