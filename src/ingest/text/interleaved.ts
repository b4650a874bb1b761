import { ACROSS } from './flows.js';
import { indentedPages, type TextLine } from './lines.js';

/**
 * Text set in two columns and extracted without positions (plain
 * pdftotext, copy and paste from a viewer): the extractor ordered the
 * columns' blocks itself and cut sentences between them; `flows.ts` puts
 * back the runs a cut sentence shows the way for, but the order at
 * sentence ends cannot be read from the text (docs/pdf.md, Step 13). Such
 * text is said to be so, not read in silence: a note the terminal summary
 * counts, advising the PDF itself or `pdftotext -layout`.
 *
 * Evidence, either of: prose set across the page, two such lines at least in
 * a row, four in all (front matter over two columns: lines 1.6 times the
 * column's width, ten words or more; one-column text has none but a stray
 * table row or address); lines the reading put back in another order than
 * the text's, in two places at least (`flows.ts` found runs of the columns
 * interleaved; one move alone is seen in one-column text too). Only text
 * whose lines carry no indentation: `-layout` text keeps its columns apart,
 * and had them put in order by `columns.ts`.
 */

export interface Interleaved {
  /** Lines of prose set across the page, beside another such line. */
  across: number;
  /** Places where the reading went back to a line the text set earlier. */
  reordered: number;
}

/** A line set across a page in two columns (`flows.ts`'s measure) holds this many words at least (not a table row, an address or a reference's link). */
const MIN_WORDS = 10;
/** Lines across the page, at least, to tell two columns by them alone. */
const MIN_ACROSS = 4;
/** Places put back in order, at least, to tell two columns by them alone (one-column text may have one stray move). */
const MIN_REORDERED = 2;

const proseAcross = (line: TextLine | undefined, width: number) => line !== undefined && line.text.length >= ACROSS * width && (line.text.match(/\p{L}{2,}/gu)?.length ?? 0) >= MIN_WORDS;

/**
 * Whether `read` (the reading order of `text`'s lines, runs put back by
 * `flows.ts`) looks like two columns extracted without positions, and by
 * what; undefined where it does not.
 */
export function interleavedColumns(text: TextLine[], read: TextLine[], width: number): Interleaved | undefined {
  if (indentedPages(text).size > 0) return undefined;
  const across = text.filter((line, i) => proseAcross(line, width) && (proseAcross(text[i - 1], width) || proseAcross(text[i + 1], width))).length;
  const place = new Map(text.map((line, i) => [line, i] as const));
  const filled = read.filter((line) => line.text !== '');
  let reordered = 0;
  for (let i = 1; i < filled.length; i++) if ((place.get(filled[i]!) ?? -1) < (place.get(filled[i - 1]!) ?? -1)) reordered++;
  return across >= MIN_ACROSS || reordered >= MIN_REORDERED ? { across, reordered } : undefined;
}
