/**
 * Draws a QR code's modules (lean-qr: about 3.5 KB gzip, byte mode, correction and version
 * chosen by us). Error correction at least M (15 % of the code may be lost to glare or a finger);
 * lean-qr raises it when the same size has room. Imported only by the screens that show a code,
 * so the library loads with them.
 */
import { correction, generate, mode, type Bitmap2D } from 'lean-qr';

export type QrMatrix = Bitmap2D;

export function qrMatrix(data: Uint8Array | string): QrMatrix {
  return generate(typeof data === 'string' ? data : mode.bytes(data), {
    minCorrectionLevel: correction.M,
  });
}

/** The QR version (1–40) of a drawn code: 21 modules across at version 1, 4 more per version. */
export const qrVersion = (code: QrMatrix) => (code.size - 17) / 4;
