import { pageReadingOrder } from './columns.js';
import { rejoinFlows } from './flows.js';
import { findFurniture } from './furniture.js';
import { interleavedColumns, type Interleaved } from './interleaved.js';
import { stripLineNumbers } from './line-numbers.js';
import { separateReferences } from './references-beside.js';
import { typicalWidth } from './shapes.js';
import { blankAt, forEachFilled, isBlank, lineAt, splitPages, type TextLine } from './lines.js';

/**
 * The lines of extracted text as a reader takes them: page by page, columns
 * printed side by side read one after the other, running heads, feet and
 * page numbers and a manuscript's line numbers left out. A blank line stands where furniture was and at
 * each page turn, so paragraphs never run across them unless clean finds the
 * sentence open. `width` is the column's usual width in characters;
 * `interleaved`, what shows two columns read without positions, if anything.
 */
export function readingLines(source: string, start = 0, end = source.length): { lines: TextLine[]; width: number; interleaved?: Interleaved } {
  const pages = stripLineNumbers(splitPages(source, start, end).map((p) => p.map((r) => ({ ...r, text: source.slice(r.start, r.end) }))));
  const furniture = findFurniture(pages.map((p) => p.map((r) => r.text)));
  const out: TextLine[] = [];
  pages.forEach((raws, n) => {
    const kept = raws.map((r, i) => (furniture[n]!.has(i) ? { ...r, end: r.start, text: '' } : r));
    if (n > 0 && kept[0]) out.push(blankAt(kept[0].start, n));
    out.push(...pageReadingOrder(source, kept, n));
  });
  const lines = dropRaisedNumbers(joinSoftBreaks(source, swapSoftBreaks(unchainRests(source, out))));
  // reordering keeps the lines, and so their width
  const width = typicalWidth(lines);
  const separated = separateReferences(lines, width);
  const read = rejoinFlows(separated, width);
  return { lines: read, width, interleaved: interleavedColumns(separated, read, width) };
}

/** A line of citation numbers and nothing else (`15`, `9,22`, `16-21`). */
const NUMBERS = /^\d{1,3}(?:[,\-–]\d{1,3})*$/;
/** Columns past both lines beside it, at least, that a raised number is set. */
const RAISED_INDENT = 8;

/** Whether character column `column` falls right after a word of `line`: a letter, digit or closing quote before it, a blank or the line's end at it. */
function afterWord(line: TextLine, column: number): boolean {
  const at = column - line.column;
  return at > 0 && /[\p{L}\d’”'"]/u.test(line.text[at - 1] ?? '') && /^(?:\s|$)/.test(line.text.slice(at, at + 1));
}

/**
 * pdftotext sets a raised citation number on a row of its own, above the
 * line it belongs to, where it was printed: deep inside the column
 * (`… creates conditions for a reflec-` / `15` / `tion that aims …`). Such a
 * line, indented far past the lines with text on either side of it on its
 * page, cuts the sentence it belongs to: it is left out, as clean leaves out
 * citation numbers. Not a number between brackets (`( ` / `25` / `) .`),
 * which clean takes out with them. Set past both lines beside it, but less
 * deep (near a line's start), it is one still where it stands right after a
 * word of the line under it, the word it was raised after (`… the next step,
 * ‘explo-` / `25` / `ring’ , as the …`, the number where `ring’` ends).
 */
function dropRaisedNumbers(lines: TextLine[]): TextLine[] {
  const drop = new Set<number>();
  forEachFilled(lines, isBlank, (i, b, a) => {
    const [line, before, after] = [lines[i]!, b === undefined ? undefined : lines[b], a === undefined ? undefined : lines[a]];
    if (!NUMBERS.test(line.text) || !before || !after || before.page !== line.page || after.page !== line.page) return;
    if (line.column <= Math.max(before.column, after.column) || before.text.endsWith('(') || after.text.startsWith(')')) return;
    if (line.column < Math.max(before.column, after.column) + RAISED_INDENT && !afterWord(after, line.column)) return;
    drop.add(i);
  });
  return drop.size === 0 ? lines : lines.filter((_, i) => !drop.has(i));
}

/**
 * In text set side by side, pdftotext may write the rest of a printed line,
 * from its soft hyphen on, a row above the line's start (`·o como
 * referencial` / `meno Situad`): a line opening with a soft hyphen, then a
 * line of the same page ending right where it begins, are put back in
 * printed order.
 */
function swapSoftBreaks(lines: TextLine[]): TextLine[] {
  const out = [...lines];
  for (let k = 0; k + 1 < out.length; k++) {
    const [rest, stub] = [out[k]!, out[k + 1]!];
    if (!rest.raw.startsWith('\u00AD') || rest.column < 3 || stub.raw.startsWith('\u00AD')) continue;
    const endsAtRest = (line: TextLine | undefined) => line !== undefined && line.page === rest.page && line.raw !== '' && Math.abs(line.column + line.raw.length - rest.column) <= 2;
    // the line above ending there is the start already (`Funcion` / `·alidade familiar`)
    if (!endsAtRest(stub) || endsAtRest(out[k - 1])) continue;
    out[k] = stub;
    out[k + 1] = rest;
    k++;
  }
  return out;
}

/** A wide gap, then a soft hyphen: where pdftotext set a word's rest on the row of a line it does not end. */
const REST_AFTER_GAP = /\S( {2,})\u00AD/;

/**
 * Rests of two words cut at soft hyphens on successive printed lines may
 * chain: pdftotext sets the first word's rest on the row below
 * (`res no períod` / `·o gestacion`) and the second's on the row above, past
 * a wide gap, where that first rest ended (`res no períod      ·al37, in…`).
 * A line holding a soft hyphen's rest past a wide gap, before a line of its
 * page that opens with a soft hyphen, starts within two characters of where
 * the line's text before the gap ends and ends within two of where the rest
 * starts, is read in printed order: its text before the gap, that line, its
 * rest.
 */
function unchainRests(source: string, lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const [line, next] = [lines[k]!, lines[k + 1]];
    const gap = REST_AFTER_GAP.exec(line.raw);
    if (gap && next && next.page === line.page && next.raw.startsWith('\u00AD')) {
      const [stubEnd, restAt] = [gap.index + 1, gap.index + 1 + gap[1]!.length];
      const near = (a: number, b: number) => Math.abs(a - b) <= 2;
      if (near(next.column, line.column + stubEnd) && near(next.column + next.raw.length, line.column + restAt)) {
        out.push(lineAt(source, line.start, line.start + stubEnd, line.page, line.column), next, lineAt(source, line.start + restAt, line.end, line.page, line.column + restAt));
        k++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * pdftotext sets a soft hyphen (U+00AD) that the PDF drew with no width on a
 * line of its own, taking the rest of the printed line with it
 * (`diab` / `\u00ADetes mellitus`): such a line goes back onto the line it
 * was cut from, when nothing but blanks lies between them in the source.
 */
function joinSoftBreaks(source: string, lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.text !== '' && line.raw.startsWith('\u00AD') && line.start >= last.end && /^\s*$/.test(source.slice(last.end, line.start))) {
      out[out.length - 1] = lineAt(source, last.start, line.end, last.page, last.column);
    } else out.push(line);
  }
  return out;
}
