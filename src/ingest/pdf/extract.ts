import { InputError } from '../../io/errors.js';
import type { PdfPage, PdfRun } from './types.js';

/**
 * The text runs of every page, through pdf.js (legacy build, for Node; loaded
 * only here, in the parsing thread). Rotated runs (margin notes, stamps) are
 * left out. A PDF pdf.js cannot open, one needing a password, or one with
 * more pages than `maxPages` is an input error naming it.
 */
export async function extractPages(data: Uint8Array, path: string, maxPages: number): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new InputError('pdfEncrypted', path);
    throw new InputError('notPdf', path, { reason: oneLine(e), ...(name === 'InvalidPDFException' ? { context: 'structure' } : {}) });
  }
  try {
    if (doc.numPages > maxPages) throw new InputError('pdfPages', path, { pages: doc.numPages, limit: maxPages });
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0) continue;
        runs.push({ str: it.str, x: round(e! - x0), y: round(f! - y0), width: round(it.width), size: round(Math.abs(d!)), font: it.fontName });
      }
      pages.push({ width: round(x1 - x0), height: round(y1 - y0), runs });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('pdfText', path, { reason: oneLine(e) });
  } finally {
    await doc.destroy();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** pdf.js messages can span lines; a batch prints one line per file. */
export function oneLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 200);
}
