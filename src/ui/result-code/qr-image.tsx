import { useMemo } from 'react';

import { qrMatrix } from '@/lib/qr-draw';

import './result-code.css';

/**
 * A QR code as a picture: black on white with its quiet zone, drawn one pixel a module and
 * scaled up without smoothing. A picture keeps its colours in forced-colours mode, so the code
 * stays readable there too; `alt` says in words what it holds.
 */
export function QrImage({ data, alt }: { data: Uint8Array | string; alt: string }) {
  const src = useMemo(() => {
    const code = qrMatrix(data);
    const canvas = document.createElement('canvas');
    code.toCanvas(canvas, { on: [0, 0, 0], off: [255, 255, 255], pad: 4 });
    return canvas.toDataURL('image/png');
  }, [data]);
  return <img className="qr-image" src={src} alt={alt} />;
}
