import type { PdfPage, PdfRun } from './types.js';

/**
 * Text runs to line segments. Runs whose baselines agree make a row; a row
 * splits where a gap no run covers is wider than a word space could be
 * (between columns, between table cells). Small runs raised above the
 * baseline are superscripts: their digits are written as superscript
 * characters, as the JATS reader writes citation numbers, for the clean
 * stage to take out.
 */
export interface Segment {
  page: number;
  x0: number;
  x1: number;
  /** Baseline of the segment's main text. */
  y: number;
  /** Font size and face of most of its characters. */
  size: number;
  font: string;
  text: string;
}

/** Runs whose baselines are closer than this share a row (times the larger size). */
const SAME_ROW = 0.45;
/** A raised run this much smaller than the row's text is a superscript. */
const SUPERSCRIPT_SIZE = 0.85;
/** An uncovered gap wider than this (times the size) separates two segments. */
const SEGMENT_GAP = 1.2;
/** A visible gap wider than this (times the size) between two runs is a space the PDF did not encode. */
const SPACE_GAP = 0.15;

/** Each digit and minus as its raised form. */
export const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '–': '⁻' };

interface Row {
  y: number;
  size: number;
  runs: PdfRun[];
  /** Horizontal extent of its runs. */
  x0: number;
  x1: number;
}

/**
 * Runs on one baseline that follow one another across the page make a row.
 * A run joins only a row it is next to: the baselines of two columns side by
 * side differ by a little, and a raised citation number in one column must
 * not be taken into the other column's row.
 */
function rows(runs: PdfRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Row[] = [];
  for (const run of sorted) {
    const near = (r: Row) => Math.max(0, run.x - r.x1, r.x0 - (run.x + run.width)) <= SEGMENT_GAP * Math.max(r.size, run.size);
    const row = out
      .filter((r) => Math.abs(r.y - run.y) < SAME_ROW * Math.max(r.size, run.size) && near(r))
      .sort((a, b) => Math.abs(a.y - run.y) - Math.abs(b.y - run.y))[0];
    if (!row) {
      out.push({ y: run.y, size: run.size, runs: [run], x0: run.x, x1: run.x + run.width });
      continue;
    }
    row.runs.push(run);
    grow(row, run);
  }
  return mergeRows(out).sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function grow(row: Row, run: PdfRun): void {
  Object.assign(row, { x0: Math.min(row.x0, run.x), x1: Math.max(row.x1, run.x + run.width) });
  // the row's baseline is its largest text's, not a superscript's
  if (run.size > row.size && run.str.trim() !== '') Object.assign(row, { y: run.y, size: run.size });
}

/** Rows built from either end of a line (a raised number met before the words it follows) are one row. */
function mergeRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const row of [...rows].sort((a, b) => b.size - a.size)) {
    const into = out.find((r) => Math.abs(r.y - row.y) < SAME_ROW * Math.max(r.size, row.size) && Math.max(0, row.x0 - r.x1, r.x0 - row.x1) <= SEGMENT_GAP * Math.max(r.size, row.size));
    if (!into) {
      out.push(row);
      continue;
    }
    for (const run of row.runs) {
      into.runs.push(run);
      grow(into, run);
    }
  }
  return out;
}

function raisedRun(run: PdfRun, row: Row): boolean {
  return run.size < SUPERSCRIPT_SIZE * row.size && run.y > row.y + 0.15 * row.size;
}

function runText(run: PdfRun, row: Row): string {
  const raised = raisedRun(run, row);
  // a raised space (after a citation number) is still the space between two words
  if (!raised || !/^[\d,\s–-]+$/.test(run.str) || run.str.trim() === '') return run.str;
  return [...run.str].map((c) => SUPERSCRIPT[c] ?? (c === ' ' ? '' : c)).join('');
}

/**
 * pdf.js reads a soft hyphen drawn with no advance (Chromium's) as a space
 * opening the next run of the same face, right where the last one ended:
 * inside a word (`Fa` `to` ` res`), where a real space would have a width.
 */
function softHyphenSpace(previous: PdfRun, run: PdfRun, text: string, piece: string): boolean {
  return run.font === previous.font && Math.abs(run.x - (previous.x + previous.width)) < 0.02 * run.size && /\p{L}$/u.test(text) && /^ \p{L}/u.test(piece);
}

function segment(page: number, row: Row, runs: PdfRun[]): Segment {
  let text = '';
  let right = -Infinity;
  const chars = new Map<string, number>();
  // raised citation numbers are no part of the line's style (`sa.²⁰,²¹` after a cut word is a body line), unless they are all it holds
  const styled = runs.some((r) => r.str.trim() !== '' && !raisedRun(r, row)) ? (r: PdfRun) => !raisedRun(r, row) : () => true;
  let previous: PdfRun | undefined;
  for (const run of runs) {
    let piece = runText(run, row);
    if (previous && softHyphenSpace(previous, run, text, piece)) piece = piece.slice(1);
    previous = run;
    if (run.x - right > SPACE_GAP * run.size && text !== '' && !text.endsWith(' ') && !piece.startsWith(' ') && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,\u00AD]/.test(piece) && !text.endsWith('\u00AD')) text += ' ';
    text += piece;
    right = Math.max(right, run.x + run.width);
    if (run.str.trim() !== '' && styled(run)) chars.set(`${run.size}|${run.font}`, (chars.get(`${run.size}|${run.font}`) ?? 0) + run.str.length);
  }
  const [style] = [...chars.entries()].sort((a, b) => b[1] - a[1])[0] ?? [`${row.size}|`];
  const [size, font] = smallCapitals(text, runs, style).split('|') as [string, string];
  return { page, x0: runs[0]!.x, x1: right, y: row.y, size: Number(size), font, text: plainHyphens(text.replace(/\s+/g, ' ').trim()) };
}

/** A capital this much larger than the line's most frequent size, in its face, is a small-capitals line's initial. */
const SMALL_CAPITALS = [1.1, 1.6];

/**
 * A line set in small capitals (a heading, a name) is all capitals in two
 * sizes of one face: the smaller stand for lower-case letters. Its size is
 * the larger, the initials': read at the smaller, a heading would pass for a
 * note.
 */
function smallCapitals(text: string, runs: PdfRun[], style: string): string {
  const [size, font] = style.split('|') as [string, string];
  if (/\p{Ll}/u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) < 3) return style;
  const initials = runs.filter((r) => r.font === font && /\p{Lu}/u.test(r.str) && r.size > SMALL_CAPITALS[0]! * Number(size) && r.size < SMALL_CAPITALS[1]! * Number(size));
  return initials.length > 0 ? `${Math.max(...initials.map((r) => r.size))}|${font}` : style;
}

/**
 * Soft hyphens (U+00AD) that the PDF's producer wrote into the text layer
 * (Word, LibreOffice and Chromium exports do) are invisible: they go. The
 * hyphen (U+2010) drawn where a word was broken becomes `-`, for clean to
 * join or keep as any line-end hyphen.
 */
function plainHyphens(text: string): string {
  return text.replace(/\u00AD/g, '').replace(/\u2010$/, '-');
}

/** The segments of a page, top to bottom and left to right within a row. */
export function pageSegments(page: PdfPage, n: number): Segment[] {
  const out: Segment[] = [];
  for (const row of rows(page.runs)) {
    const runs = row.runs.sort((a, b) => a.x - b.x);
    let start = 0;
    let right = runs[0]!.x + runs[0]!.width;
    for (let i = 1; i <= runs.length; i++) {
      const run = runs[i];
      if (run && run.x - right <= SEGMENT_GAP * row.size) {
        right = Math.max(right, run.x + run.width);
        continue;
      }
      const seg = segment(n, row, runs.slice(start, i));
      if (seg.text !== '') out.push(seg);
      start = i;
      if (run) right = run.x + run.width;
    }
  }
  return out;
}
