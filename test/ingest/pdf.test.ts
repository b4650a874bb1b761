import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/clean.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { pdfToText } from '../../src/ingest/pdf.js';
import { InputError } from '../../src/io/errors.js';

/** A one-page PDF in Helvetica (WinAnsi), each line at `y`, written by hand so the test needs no PDF tool. */
function makePdf(lines: Array<{ text: string; y: number; x?: number }>): Uint8Array {
  const esc = (s: string) =>
    [...s]
      .map((c) => {
        const code = c.charCodeAt(0);
        if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
        return code > 126 ? `\\${code.toString(8).padStart(3, '0')}` : c;
      })
      .join('');
  const stream = lines.map((l) => `BT /F1 10 Tf ${l.x ?? 72} ${l.y} Td (${esc(l.text)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const article = [
  { text: 'Calcinosis cutis in systemic lupus erythematosus', y: 740 },
  { text: 'Calcinose cutânea no lúpus eritematoso sistêmico', y: 710 },
  { text: 'Abstract: Calcinosis cutis is an uncommon disease. It is classi-', y: 680 },
  { text: 'fied into four subtypes.', y: 668 },
  { text: 'Resumo: A calcinose cutânea é uma doença incomum e incapac-', y: 640 },
  { text: 'itante, de fisiopatologia incerta.', y: 628 },
  { text: 'INTRODUCTION', y: 600 },
  { text: 'Calcinosis cutis is the formation of calcium salt', y: 588 },
  { text: 'deposits in the skin.', y: 560 },
];

describe('pdfToText', () => {
  it('reads the text layer line by line, with blank lines at wide gaps', async () => {
    const text = await pdfToText(makePdf(article), 'article.pdf');
    expect(text.split('\n').slice(0, 3)).toEqual(['Calcinosis cutis in systemic lupus erythematosus', '', 'Calcinose cutânea no lúpus eritematoso sistêmico']);
    expect(text).toContain('It is classi-\nfied into four subtypes.');
    expect(text).toContain('calcium salt\n\ndeposits in the skin.');
  });

  // loads the dictionaries and the language detector: allow for a slow machine
  it('goes through ingest and clean like extracted text', { timeout: 30_000 }, async () => {
    const text = await pdfToText(makePdf(article), 'article.pdf');
    const { blocks } = await ingestDocument({ kind: 'text', text });
    const cleaned = cleanDocument(blocks);
    expect(cleaned.text.en).toBe(
      'Calcinosis cutis in systemic lupus erythematosus\n\nCalcinosis cutis is an uncommon disease. It is classified into four subtypes.\n\nCalcinosis cutis is the formation of calcium salt deposits in the skin.',
    );
    expect(cleaned.text.pt).toContain('incapacitante, de fisiopatologia incerta.');
  });

  it('rejects a truncated or fake PDF with an error naming the file', async () => {
    const whole = makePdf(article);
    await expect(pdfToText(whole.subarray(0, 200), 'cut.pdf')).rejects.toBeInstanceOf(InputError);
    await expect(pdfToText(new TextEncoder().encode('not a pdf at all'), 'fake.pdf')).rejects.toMatchObject({ file: 'fake.pdf' });
  });
});
