import { InputError } from '../io/errors.js';
import type { DocumentInput } from '../types.js';
import { layOut, type LaidOut } from './pdf/layout.js';
import type { PdfLimits } from './pdf/limits.js';
import { readPdfPages } from './pdf/read.js';
import type { PdfPage } from './pdf/types.js';

/**
 * A PDF article as pipeline input: its text layer laid out line by line in
 * reading order (columns, page furniture and table cells handled from the
 * positions pdf.js gives), with the parts the layout shows (titles,
 * headings, captions, notes) for ingest. Parsing runs on a capped thread
 * (pdf/read.ts); a PDF with no usable text is an input error naming it.
 */

/** Characters a font without a Unicode map comes out as: private use, replacement, controls. */
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/g;
/** Past this share of unmapped characters the text is not worth reading. */
const MAX_UNMAPPED = 0.2;

function checkText(pages: PdfPage[], path: string): void {
  let chars = 0;
  let unmapped = 0;
  for (const page of pages) {
    for (const run of page.runs) {
      const visible = run.str.replace(/\s+/g, '');
      chars += visible.length;
      unmapped += visible.match(UNMAPPED)?.length ?? 0;
    }
  }
  if (chars === 0) throw new InputError('pdfNoText', path, { pages: pages.length });
  if (unmapped > MAX_UNMAPPED * chars) throw new InputError('pdfNoUnicode', path, { share: Math.round((100 * unmapped) / chars) });
}

/** The laid-out text and parts of a PDF given as bytes or by path. */
export async function readPdf(source: { path: string; data?: Uint8Array }, limits?: PdfLimits): Promise<LaidOut> {
  const pages = await readPdfPages(source, limits);
  checkText(pages, source.path);
  const laid = layOut(pages);
  if (laid.text.trim() === '') throw new InputError('pdfNoText', source.path, { pages: pages.length });
  return laid;
}

/** The text of a PDF in reading order, paragraphs and parts separated by blank lines. */
export async function pdfToText(data: Uint8Array, path: string, limits?: PdfLimits): Promise<string> {
  return (await readPdf({ path, data }, limits)).text;
}

/** A PDF article as pipeline input. */
export async function readPdfFile(path: string, limits?: PdfLimits): Promise<DocumentInput> {
  const { text, blocks } = await readPdf({ path }, limits);
  return { kind: 'text', text, layout: blocks };
}
