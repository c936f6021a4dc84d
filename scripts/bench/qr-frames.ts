/**
 * Camera-like pictures of QR codes, made in Node from the app's own codes: the code drawn to
 * pixels, then placed on a frame turned, shrunk, blurred and with sensor noise. Used by the
 * decoding tests, by `npm run bench` (decode time per frame) and by the browser test's fake
 * camera video (a Y4M file). Grey levels 0 (black) to 1 (white).
 */
import type { QrMatrix } from '../../src/lib/qr-draw.ts';

export interface Grey {
  width: number;
  height: number;
  data: Float32Array;
}

export interface Placement {
  /** Pixels per module on the frame. */
  moduleSize: number;
  /** Degrees, clockwise. */
  angle?: number;
  /** Centre of the code on the frame, as a share of its width and height (default the middle). */
  at?: [number, number];
}

/** A frame (default 640 × 480, a laptop webcam) showing the code as placed, quiet zone included. */
export function frameWithCode(
  code: QrMatrix,
  place: Placement,
  frame: { width: number; height: number } = { width: 640, height: 480 },
): Grey {
  const { width, height } = frame;
  const data = new Float32Array(width * height).fill(0.85); // a grey desk around the phone
  const quiet = 4;
  const span = code.size + 2 * quiet;
  const angle = ((place.angle ?? 0) * Math.PI) / 180;
  const [cx, cy] = [(place.at?.[0] ?? 0.5) * width, (place.at?.[1] ?? 0.5) * height];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Four samples per pixel: the edges come out grey like a camera's, not jagged.
  const offsets = [0.25, 0.75];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let inside = 0;
      for (const oy of offsets)
        for (const ox of offsets) {
          const dx = x + ox - cx;
          const dy = y + oy - cy;
          // Back to code coordinates (in modules, from the quiet zone's corner).
          const u = (dx * cos + dy * sin) / place.moduleSize + span / 2;
          const v = (-dx * sin + dy * cos) / place.moduleSize + span / 2;
          if (u < 0 || v < 0 || u >= span || v >= span) continue;
          inside++;
          sum += code.get(Math.floor(u) - quiet, Math.floor(v) - quiet) ? 0.08 : 0.97;
        }
      if (inside > 0) data[y * width + x] = (sum + (4 - inside) * 0.85) / 4;
    }
  return { width, height, data };
}

/** Box blur of the given radius (pixels), run twice: close to a camera slightly out of focus. */
export function blur(image: Grey, radius: number): Grey {
  const { width, height } = image;
  let src = image.data;
  for (let pass = 0; pass < 2; pass++) {
    const tmp = new Float32Array(src.length);
    const out = new Float32Array(src.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let s = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const xx = x + k;
          if (xx >= 0 && xx < width) {
            s += src[y * width + xx] as number;
            n++;
          }
        }
        tmp[y * width + x] = s / n;
      }
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let s = 0;
        let n = 0;
        for (let k = -radius; k <= radius; k++) {
          const yy = y + k;
          if (yy >= 0 && yy < height) {
            s += tmp[yy * width + x] as number;
            n++;
          }
        }
        out[y * width + x] = s / n;
      }
    src = out;
  }
  return { width, height, data: src };
}

/** Gaussian-like sensor noise of the given strength, the same every run for a seed. */
export function noise(image: Grey, amount: number, seed = 1): Grey {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const data = image.data.map((v) => {
    const n = (random() + random() + random() - 1.5) * 2 * amount;
    return Math.min(1, Math.max(0, v + n));
  });
  return { ...image, data };
}

/** RGBA bytes, as a canvas's getImageData gives them (what the reading library takes). */
export function toRgba(image: Grey): Uint8ClampedArray {
  const out = new Uint8ClampedArray(image.width * image.height * 4);
  image.data.forEach((v, i) => {
    const g = Math.round(v * 255);
    out.set([g, g, g, 255], i * 4);
  });
  return out;
}

/**
 * An uncompressed YUV4MPEG2 video (what Chromium's fake camera plays from a file): each frame a
 * grey picture, held for `seconds` at `fps`.
 */
export function y4m(frames: { image: Grey; seconds: number }[], fps = 10): Buffer {
  const first = frames[0]?.image;
  if (!first) throw new Error('a video needs a frame');
  const { width, height } = first;
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  for (const { image, seconds } of frames) {
    const luma = Buffer.from(image.data.map((v) => Math.round(v * 255)));
    const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
    for (let i = 0; i < Math.max(1, Math.round(seconds * fps)); i++) parts.push(frame);
  }
  return Buffer.concat(parts);
}
