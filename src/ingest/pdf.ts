import { readFileSync } from 'node:fs';
import { InputError } from '../io/errors.js';
import type { DocumentInput } from '../types.js';

/**
 * The text layer of a PDF, laid out as line-broken text like the bundled
 * report (what `pdftotext` gives): one line per text line, a blank line where
 * the vertical gap is larger than usual, two between pages. Cleaning then
 * treats it like any PDF-extracted article. pdf.js (legacy build, for Node)
 * is loaded only when a PDF comes in.
 */

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap between lines this many times the line height opens a blank line. */
const PARAGRAPH_GAP = 1.6;

function pageText(items: Item[]): string {
  const lines: Array<{ y: number; height: number; text: string; right: number }> = [];
  for (const it of items) {
    if (it.str === '' && !it.hasEOL) continue;
    const line = lines[lines.length - 1];
    const sameLine = line && Math.abs(line.y - it.y) < Math.max(1, 0.5 * Math.max(line.height, it.height));
    if (sameLine) {
      // a visible gap between two runs on one line is a space the PDF did not encode
      const gap = it.x - line.right;
      if (gap > 0.15 * it.height && !line.text.endsWith(' ') && !it.str.startsWith(' ')) line.text += ' ';
      line.text += it.str;
      line.right = it.x + it.width;
    } else if (it.str !== '') {
      lines.push({ y: it.y, height: it.height, text: it.str, right: it.x + it.width });
    }
  }
  const heights = lines.map((l) => l.height).filter((h) => h > 0).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 10;
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) {
      const gap = Math.abs(lines[i - 1]!.y - l.y);
      out += gap > PARAGRAPH_GAP * usual * 1.2 ? '\n\n' : '\n';
    }
    out += l.text.trimEnd();
  });
  return out;
}

/** Text of every page of a PDF, pages separated by a blank line. A PDF that cannot be read is an input error naming it. */
export async function pdfToText(data: Uint8Array, path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // a copy: pdf.js takes ownership of the buffer it is given
    doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    throw new InputError('notPdf', path, { reason: (e as Error).message });
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]), hasEOL: it.hasEOL });
      }
      pages.push(pageText(items));
      page.cleanup();
    }
    const text = pages.join('\n\n').trim();
    if (text === '') throw new InputError('empty', path);
    return text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('pdfText', path, { reason: (e as Error).message });
  } finally {
    await doc.destroy();
  }
}

/** A PDF article as pipeline input. */
export async function readPdfFile(path: string): Promise<DocumentInput> {
  return { kind: 'text', text: await pdfToText(readFileSync(path), path) };
}
