/**
 * Results from photos or screenshots of participants' QR codes, opened as files. Loaded only
 * when such a file is opened: it brings the reading library and the code book.
 */
import { loadCodebook } from '@/content/codebook';
import type { Manifest } from '@/content/types';
import { readQr } from '@/lib/qr-read';
import { decodeResult, type CodeProblem } from '@/lib/result-code';
import type { ResultFile } from '@/lib/result-file';

/** Pictures larger than this are scaled down first: a phone photo is 12 megapixels or more. */
const MAX_SIDE = 1600;

export type ImageRead =
  { ok: true; file: ResultFile } | { ok: false; problem: CodeProblem | 'no-code' };

export async function readCodeImage(image: Blob, manifest: Manifest): Promise<ImageRead> {
  const book = await loadCodebook();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return { ok: false, problem: 'no-code' };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return { ok: false, problem: 'no-code' };
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const read = readQr(context.getImageData(0, 0, width, height).data, width, height, 'thorough');
  return read ? decodeResult(read.bytes, book, manifest) : { ok: false, problem: 'no-code' };
}
