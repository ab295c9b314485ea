import { samplePdf, sampleJpeg, samplePng } from '../../../../bench/sample-documents';
import { checkDocumentFile } from './document-file-check';

describe('document file check', () => {
  it.each([
    ['a PDF', () => samplePdf(), 'application/pdf'],
    ['a JPEG', async () => sampleJpeg(), 'image/jpeg'],
    ['a PNG', async () => samplePng(), 'image/png'],
  ])('accepts %s judged by its bytes', async (_label, make, contentType) => {
    expect(await checkDocumentFile(await make())).toEqual({ ok: true, contentType });
  });
  it('refuses an empty file', async () => {
    expect(await checkDocumentFile(Buffer.alloc(0))).toMatchObject({ ok: false, code: 'EMPTY_FILE' });
  });
  it('refuses text, a GIF, or an executable renamed .pdf', async () => {
    for (const bytes of [
      Buffer.from('hello, I am a pdf'),
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary'),
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'),
    ]) {
      expect(await checkDocumentFile(bytes)).toMatchObject({ ok: false, code: 'UNSUPPORTED_FILE_TYPE' });
    }
  });
  it.each([
    ['PDF', () => samplePdf()],
    ['JPEG', async () => sampleJpeg(200, 200)],
    ['PNG', async () => samplePng(200, 200)],
  ])('refuses a truncated %s', async (_label, make) => {
    const whole = await make();
    expect(await checkDocumentFile(whole.subarray(0, Math.floor(whole.length * 0.6)))).toMatchObject({ ok: false, code: 'UNREADABLE_FILE' });
  });
});
