import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../src/ingest/pdf.js';
import { DEFAULT_PDF_LIMITS } from '../../src/ingest/pdf/limits.js';
import { medbitext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** A PDF of the given page content streams (latin1), Helvetica, with optional extra trailer entries and objects. */
function pdf(pages: Array<string | Buffer>, options: { encrypt?: string; font?: string } = {}): Buffer {
  const font = options.font ?? '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const objects: Buffer[] = [];
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(Buffer.from(font));
  pages.forEach((content, i) => {
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`));
    const body = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
    const filter = typeof content === 'string' ? '' : ' /Filter /FlateDecode';
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${body.length}${filter} >>\nstream\n`), body, Buffer.from('\nendstream')]));
  });
  if (options.encrypt) objects.push(Buffer.from(options.encrypt));
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) tail += `${String(off).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]` : '';
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}

const text = (s: string) => `BT /F1 11 Tf 72 700 Td (${s}) Tj ET`;
const small = { ...DEFAULT_PDF_LIMITS, maxFileBytes: 4 * 1024 * 1024, maxPages: 3, maxInflatedBytes: 1024 * 1024 };

describe('PDF limits and bad PDFs', { timeout: 60_000 }, () => {
  it('reads a small PDF under the limits', async () => {
    const laid = await readPdf({ path: 'ok.pdf', data: pdf([text('A patient with fever was treated at home.')]) }, small);
    expect(laid.text).toBe('A patient with fever was treated at home.');
  });

  it('refuses a content stream that inflates past the cap (a decompression bomb), without inflating it whole', async () => {
    const bomb = deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readPdf({ path: 'bomb.pdf', data: pdf([bomb]) }, small)).rejects.toMatchObject({ key: 'pdfInflated', file: 'bomb.pdf', params: { limit: 1 } });
    // the same stream within the cap is read
    const fine = deflateSync(Buffer.from(`${text('Compressed text is read.')}\n${' '.repeat(1000)}`, 'latin1'));
    expect((await readPdf({ path: 'fine.pdf', data: pdf([fine]) }, small)).text).toBe('Compressed text is read.');
  });

  it('refuses a file over the size cap before reading it (a sparse file)', async () => {
    const path = join(tempDir(), 'sparse.pdf');
    writeFileSync(path, pdf([text('x')]));
    truncateSync(path, 64 * 1024 * 1024);
    await expect(readPdf({ path }, small)).rejects.toMatchObject({ key: 'pdfFileSize', params: { limit: 4 } });
  });

  it('refuses more pages than the cap', async () => {
    const many = pdf(Array.from({ length: 5 }, (_, i) => text(`Page ${i + 1} of a long thesis.`)));
    await expect(readPdf({ path: 'long.pdf', data: many }, small)).rejects.toMatchObject({ key: 'pdfPages', params: { pages: 5, limit: 3 } });
  });

  it('says an encrypted PDF needs a password', async () => {
    const hex = (n: number) => '<' + 'ab'.repeat(n) + '>';
    const encrypted = pdf([text('Secret.')], { encrypt: `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>` });
    await expect(readPdf({ path: 'locked.pdf', data: encrypted }, small)).rejects.toMatchObject({ key: 'pdfEncrypted' });
  });

  it('says a scan has no text layer', async () => {
    await expect(readPdf({ path: 'scan.pdf', data: pdf(['0 0 1 rg 72 72 300 400 re f', '']) }, small)).rejects.toMatchObject({ key: 'pdfNoText', params: { pages: 2 } });
  });

  it('says text in a font without a Unicode map cannot be read', async () => {
    // a subset font's codes (1, 2, 3 …) with glyph names that mean nothing and no ToUnicode map, as in many scanned-then-typeset PDFs
    const type3 =
      '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> /FirstChar 1 /LastChar 3 /Widths [500 500 500] /CharProcs << /g1 6 0 R /g2 6 0 R /g3 6 0 R >> /Resources << >> >>';
    const glyph = '500 0 0 0 500 500 d1 0 0 500 500 re f';
    const data = pdf([text('\\001\\002\\003\\001\\002\\003 \\003\\002\\001\\001'), glyph], { font: type3 });
    await expect(readPdf({ path: 'glyphs.pdf', data }, small)).rejects.toMatchObject({ key: 'pdfNoUnicode' });
  });

  it('a batch prints one line per bad PDF and processes the rest', { timeout: 120_000 }, () => {
    const d = tempDir();
    writeFileSync(join(d, 'a-good.txt'), 'Fever in a child treated at home.\n\nFebre em uma criança tratada em casa.\n');
    writeFileSync(join(d, 'cut.pdf'), pdf([text('Cut short.')]).subarray(0, 120));
    writeFileSync(join(d, 'long.pdf'), pdf(Array.from({ length: 5 }, () => text('A page.'))));
    writeFileSync(join(d, 'bomb.pdf'), pdf([deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20))]));
    const r = medbitext(['run', d, '--out', join(d, 'out'), '--pdf-max-pages', '3', '--pdf-max-inflated-mb', '1']);
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('medbitext:'));
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.includes('bomb.pdf'))).toMatch(/inflate to more than 1 MB/);
    expect(errors.find((l) => l.includes('long.pdf'))).toMatch(/has 5 pages, over the limit of 3/);
    expect(errors.find((l) => l.includes('cut.pdf'))).toMatch(/not a readable PDF|could not be read/);
    expect(r.stderr).toMatch(/documents: 1 processed, 0 unchanged \(skipped\), 3 failed/);
  });
});
