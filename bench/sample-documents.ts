/** Real, small documents made on the fly (tests and the upload benchmark): a one-page PDF, a JPEG photo, a PNG scan. */
import { randomBytes } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

export async function samplePdf(text = 'KBIS', padToBytes = 0): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 18, font: await pdf.embedFont(StandardFonts.Helvetica) });
  // Padding as an unused stream object keeps the file a valid PDF of the wanted size.
  if (padToBytes > 0) pdf.context.register(pdf.context.stream(new Uint8Array(padToBytes), {}));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A gradient photo; with `noise`, random pixels, which do not compress (a phone photo's worst case). */
export function sampleJpeg(width = 64, height = 40, options: { noise?: boolean } = {}): Buffer {
  const data = options.noise ? randomBytes(width * height * 4) : Buffer.alloc(width * height * 4);
  if (!options.noise) for (let i = 0; i < data.length; i += 4) data.set([(i / 4) % 256, 120, 200, 255], i);
  return Buffer.from(jpeg.encode({ data, width, height }, options.noise ? 95 : 80).data);
}

export function samplePng(width = 48, height = 32): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(180);
  return PNG.sync.write(png);
}
