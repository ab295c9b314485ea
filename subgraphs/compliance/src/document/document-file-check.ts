import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

/** A scan at 600 dpi of an A4 page is 35 MP; more is a decompression bomb, not a document. */
export const MAX_IMAGE_MEGAPIXELS = 40;

export type FileCheck =
  { ok: true; contentType: AcceptedType } | { ok: false; code: 'EMPTY_FILE' | 'UNSUPPORTED_FILE_TYPE' | 'UNREADABLE_FILE'; message: string };

/**
 * Accepts a PDF, JPEG or PNG judged by its bytes alone (file-type), never by its name or the
 * client's header; and only if it opens whole: a PDF must load with pdf-lib, an image must decode
 * to its last pixel. image-size reads the dimensions from the header first, so a decompression
 * bomb is refused before any pixel is decoded; jpeg-js and pngjs are pure JavaScript decoders
 * (no native build, unlike sharp/libvips, which would be the choice for resizing, not checking).
 */
export async function checkDocumentFile(bytes: Buffer): Promise<FileCheck> {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY_FILE', message: 'The file is empty.' };
  const detected = await fileTypeFromBuffer(bytes);
  const contentType = ACCEPTED_TYPES.find((t) => t === detected?.mime);
  if (!contentType)
    return { ok: false, code: 'UNSUPPORTED_FILE_TYPE', message: 'Only PDF, JPEG and PNG files are accepted (judged by their content, not their name).' };
  const unreadable = {
    ok: false as const,
    code: 'UNREADABLE_FILE' as const,
    message: `The ${contentType === 'application/pdf' ? 'PDF' : 'image'} is damaged or incomplete; scan or export it again.`,
  };
  try {
    if (contentType === 'application/pdf') {
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
      if (pdf.getPageCount() < 1) return unreadable;
      // pdf-lib tolerates a missing trailer; a file cut short has no %%EOF at its end.
      if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')) return unreadable;
    } else {
      const { width, height } = imageSize(bytes);
      if (!width || !height) return unreadable;
      if (width * height > MAX_IMAGE_MEGAPIXELS * 1e6)
        return { ...unreadable, message: `The image is over ${MAX_IMAGE_MEGAPIXELS} megapixels; send a smaller scan.` };
      if (contentType === 'image/jpeg')
        jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_IMAGE_MEGAPIXELS, tolerantDecoding: false });
      else PNG.sync.read(bytes);
    }
  } catch {
    return unreadable;
  }
  return { ok: true, contentType };
}
