/**
 * Finds and reads a QR code in an image (jsQR: pure JavaScript, no WebAssembly, so the strict
 * Content-Security-Policy stays as it is). Imported only by the screens that read codes.
 */
import jsQR from 'jsqr';

export interface ReadCode {
  /** The code's bytes as they were encoded (a binary result, or a text such as an address). */
  bytes: Uint8Array;
}

/**
 * The image in grey, smoothed (a 3 × 3 box, twice). jsQR's binariser turns sensor noise in the
 * quiet zone into specks that hide the finder patterns; smoothed, a noisy frame reads again
 * (measured when this was chosen: of 80 generated frames, 3–6 px a module, turned 0–45°, blurred
 * and noisy, 35 read plain and 58 with a smoothed second try).
 */
export function smoothed(rgba: Uint8ClampedArray, width: number, height: number) {
  let grey = new Float32Array(width * height);
  for (let i = 0; i < grey.length; i++)
    grey[i] =
      ((rgba[i * 4] as number) + 2 * (rgba[i * 4 + 1] as number) + (rgba[i * 4 + 2] as number)) / 4;
  for (let pass = 0; pass < 4; pass++) {
    const horizontal = pass % 2 === 0;
    const out = new Float32Array(grey.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        const before = horizontal ? (x > 0 ? i - 1 : i) : y > 0 ? i - width : i;
        const after = horizontal ? (x < width - 1 ? i + 1 : i) : y < height - 1 ? i + width : i;
        out[i] = ((grey[before] as number) + (grey[i] as number) + (grey[after] as number)) / 3;
      }
    grey = out;
  }
  const result = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < grey.length; i++) {
    const g = grey[i] as number;
    result[i * 4] = g;
    result[i * 4 + 1] = g;
    result[i * 4 + 2] = g;
    result[i * 4 + 3] = 255;
  }
  return result;
}

export type ReadEffort =
  /** One try on the image as it is (a camera frame: the next frame is the next try). */
  | 'plain'
  /** One try on a smoothed copy (every other camera frame, for noisy cameras). */
  | 'smoothed'
  /** Everything: as it is, inverted, smoothed (a single photo or screenshot). */
  | 'thorough';

/** Reads the first code in an RGBA image (as a canvas's getImageData gives it). */
export function readQr(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  effort: ReadEffort = 'plain',
): ReadCode | undefined {
  const attempt = (data: Uint8ClampedArray, invert: boolean) => {
    const found = jsQR(data, width, height, {
      inversionAttempts: invert ? 'attemptBoth' : 'dontInvert',
    });
    return found ? { bytes: Uint8Array.from(found.binaryData) } : undefined;
  };
  if (effort === 'smoothed') return attempt(smoothed(rgba, width, height), false);
  if (effort === 'plain') return attempt(rgba, false);
  return attempt(rgba, true) ?? attempt(smoothed(rgba, width, height), true);
}
