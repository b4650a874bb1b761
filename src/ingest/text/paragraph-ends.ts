import type { Part } from '../../types.js';
import { captionLabel } from '../pdf/captions.js';
import { attributionEnds, CLOSED, opensParagraph, quantile, shortLine, type Measure } from '../pdf/paragraphs.js';
import type { Segment } from '../pdf/lines.js';
import { blankAt, type TextLine } from './lines.js';
import { endsOpen } from './sentence-end.js';
import { titleLike } from './shapes.js';

/**
 * Where a paragraph ends in extracted text, read as the PDF path reads the
 * page (pdf/paragraphs.ts), with character columns for positions: a line
 * that stops short of its column's measure (the next line's first word
 * would have fitted), a first line set in (`-layout` keeps indentation), a
 * bullet or list number, a blank line after a closed line. A blank line
 * after a full line ending inside a sentence is a column or page turn, and
 * the paragraph runs on. The text's first line before a blank line is a
 * title or heading of its own, as is a line set like one in a text too
 * short to show a measure (`… a case report` / blank / `Septic arthritis
 * is …`). Blocks read so are marked (`Block.marked`),
 * as the PDF path's and JATS's are, so clean keeps each paragraph apart.
 */

/** The PDF rules count in font sizes; a character of text is about half of one. */
const CHARACTER = 0.5;
/** Lines on either side of a line, in reading order, whose ends give its column's measure. */
const WINDOW = 12;
/** A line wider than this many times the lines near it (their median) is set across the page, not in their column. */
const ACROSS = 1.25;
/**
 * Justified lines of a proportional face hold more or fewer characters:
 * a line of text is short only this far (a share of the measure) inside
 * the column's usual end.
 */
const RAGGED = 0.12;
/** A measure narrower than this share of the text's usual line width was taken from short lines (table cells), not a column. */
const NARROWEST = 0.6;

/** A line left open by a bracket, or a line a bracket, comma or stop opens: the rest of a citation set on rows of its own (`… (` / `27` / `) . Since …`). */
const OPEN_BRACKET = /[([]$/;
const GOES_ON = /^[)\],.;:]/;
/** A line of citation numbers alone (`27`, `13, 14`). */
const NUMBERS = /^[\d\s,\-–]+$/;
/** A list item ending in a semicolon, before the next item's capital. */
const ITEM_END = /[;:]$/;
/** A series run inline: a semicolon or colon inside the line (`… genomes; Mafft, for alignment;`). */
const INLINE_SERIES = /[;:]./u;
const SEMICOLON_INSIDE = /;./u;
/** A quotation set off whose first words are left out (`[…] she said …`, `(...) e então …`): a colon before it ends the sentence introducing it. */
const ELIDED = /^[[(](?:…|\.{3})[\])]\s/u;
/** A quotation set off with a note mark (`*We cannot …`), as a footnote line after a colon is read (shapes.ts, `footnoteLine`): a colon before it ends the sentence introducing it. */
const NOTE_MARKED = /^[*†‡]\s*\p{Lu}/u;
/** A speaker's name and a colon opening a line (`Ana: I want …`, `Q: Where …`): a one-word label, as a dialogue sets each turn. */
const SPEAKER = /^\p{Lu}[\p{L}'’-]{0,20}:\s+\S/u;
/** A line a turn of speech or a stage direction ends: a stop, an exclamation or question, a trailing off, a closing bracket or quote. */
const TURN_END = /[.!?…\])"”’]$/u;
/** A line opening with a name of a series: one to three capitalised words, then a comma or semicolon (`Mexico, Paraguay, …`). */
const SERIES_ENTRY = /^\p{Lu}[^\s,;]*(?: \p{Lu}[^\s,;]*){0,2}[,;]/u;

/**
 * A list item ends at `p`: a semicolon closes an item set on lines of its
 * own, not a series run inline whose semicolon fell at the line's end (a
 * semicolon or colon inside `p` or `s`, or a semicolon inside a line of the
 * paragraph before them, `series`, shows the series goes on); a
 * colon opens a list or quotation, unless `s` goes on with the series of
 * names it opens (`… from other countries:` / `Mexico, Paraguay …`).
 */
export function itemEnds(p: string, s: string, series: boolean): boolean {
  if (p.endsWith(':') && (ELIDED.test(s) || NOTE_MARKED.test(s))) return true;
  if (!ITEM_END.test(p) || !/^\p{Lu}/u.test(s)) return false;
  if (p.endsWith(';')) return !series && !INLINE_SERIES.test(p) && !INLINE_SERIES.test(s);
  return !SERIES_ENTRY.test(s);
}

const filled = (lines: TextLine[]) => lines.filter((l) => l.text !== '');

/** A line of text as a segment of the page: its columns for x, its row for y. */
export function segmentOf(line: TextLine, row: number): Segment {
  return { page: line.page, x0: line.column, x1: line.column + line.text.length, y: -row, size: 1 / CHARACTER, font: '', text: line.text };
}

/**
 * Each line's column measure, from the lines near it in reading order on its
 * page, in its column (starting near it) and not set across it: most start
 * at its left edge, most full lines end near its right one.
 */
export function lineMeasures(lines: TextLine[], tables: ReadonlySet<TextLine> = new Set()): Map<TextLine, Measure> {
  const text = filled(lines);
  const out = new Map<TextLine, Measure>();
  text.forEach((line, k) => {
    const around = text.slice(Math.max(0, k - WINDOW), k + WINDOW + 1).filter((l) => l.page === line.page && Math.abs(l.column - line.column) <= 0.3 * Math.max(20, line.text.length));
    // a table's rows set wider than the prose around them do not widen its column (its short cells leave the measure too narrow to be one, as before);
    // rows with no prose near are measured among themselves, as any lines are (`inColumn` then tells whether that is a column)
    const plain = around.filter((l) => !tables.has(l));
    const prose = quantile(plain.map((l) => l.text.length), 0.5);
    const near = plain.length === 0 ? around : around.filter((l) => !tables.has(l) || l.text.length <= prose);
    const median = quantile(near.map((l) => l.text.length), 0.5);
    const column = near.filter((l) => l.text.length <= ACROSS * median);
    if (column.length < 3) return;
    const left = quantile(column.map((l) => l.column), 0.2);
    const right = quantile(column.map((l) => l.column + l.text.length), 0.8);
    out.set(line, { left, right: right - RAGGED * (right - left), pitch: 0 });
  });
  return out;
}

/**
 * `line` is full: it ends at its column's usual end, where the first word of
 * `next` would not have fitted after it (a line short of the measure ends a
 * paragraph, or is a heading). A line set across that column, or a measure
 * much narrower than the text's usual `width`, is not the column the line is
 * in (short lines around it: table cells, a dialogue), and shows nothing.
 */
export function fullLine(line: TextLine, next: TextLine, measure: Measure | undefined, width: number): boolean {
  return inColumn(line, measure, width) && !shortLine(segmentOf(line, 0), segmentOf(next, 1), measure, true);
}

/**
 * `line` reaches its column's usual end whatever word came after it: full
 * for a word of one letter (`fullLine` asks of the next line's own first
 * word, which a long word makes easy: a heading's line ten characters short
 * of the column is full before `Nevertheless,`).
 */
export function reachesEnd(line: TextLine, next: TextLine, measure: Measure | undefined, width: number): boolean {
  return fullLine(line, { ...next, text: next.text.slice(0, 1) }, measure, width);
}

/** `line` is set in the column `measure` was taken from, which is a column of the text (not table cells): its measure tells whether it is full. */
export function inColumn(line: TextLine, measure: Measure | undefined, width: number): measure is Measure {
  if (!measure) return false;
  const column = (measure.right - measure.left) / (1 - RAGGED);
  return line.column + line.text.length - measure.left <= ACROSS * column && column >= NARROWEST * width;
}

/**
 * Whether a paragraph ends between lines `p` and `s`: `gap`, a blank line
 * between them; `first`, `p` is the text's first line; `items`, whether a
 * semicolon or colon may end a list item there (not in a keyword list, nor
 * inside a bracket the paragraph opened: a list of citations, `(Silva,
 * 2013;` / `Costa, 2019)`); `bracket`, whether such a bracket is open;
 * `turns`, whether a speaker's name may open a turn (not in a reference
 * list, where a place of publication opens a line so: `Geneva: WHO; 2019.`).
 */
export function textParagraphEnds(p: TextLine, s: TextLine, at: { p?: Measure; s?: Measure }, context: { gap: boolean; first: boolean; items: boolean; series?: boolean; double?: boolean; bracket?: boolean; turns?: boolean }): boolean {
  const { gap, first, items, series = false, double = false, bracket = false, turns = true } = context;
  // a sentence cut at a line end goes on in lower case (a word's rest after a soft hyphen too), as clean rejoins marked paragraphs
  if (OPEN_BRACKET.test(p.text) || GOES_ON.test(s.text) || NUMBERS.test(p.text) || (endsOpen(p.text) && !/[:;]$/.test(p.text) && /^\p{Ll}/u.test(s.text))) return false;
  const [ps, ss] = [segmentOf(p, 0), segmentOf(s, 1)];
  // lines of a list may end together by chance: no quotation read from character counts
  if (shortLine(ps, ss, at.p, true) || opensParagraph(ps, ss, at)) return true;
  if (/^\p{Ll}/u.test(s.text)) return false;
  if (items && itemEnds(p.text, s.text, series)) return true;
  if (attributionEnds(p.text, s.text)) return true;
  // a speaker's turn in a dialogue set off (`… [laughs]` / `Ana: Look! …`, `P: Where …`)
  if (turns && SPEAKER.test(s.text) && TURN_END.test(p.text)) return true;
  if (!gap) return false;
  // a column or page turn after a semicolon or comma inside a bracket the paragraph opened is inside it (`… (3 times in 6 homes;` / `` / `2 in the others)`)
  if (bracket && /[;,]$/.test(p.text)) return false;
  // a double-spaced text's blank row after a colon or semicolon that ends no list item is inside the sentence (`… (OR:` / `` / `1.12; …`)
  if (double && /[:;]$/.test(p.text) && !itemEnds(p.text, s.text, false)) return false;
  // a caption opens a paragraph of its own; plain text sets citation numbers after a stop on the line (`… of SLE. 8,12`)
  if (captionLabel(s.text) !== undefined || CLOSED.test(p.text) || !endsOpen(p.text)) return true;
  return first || (!at.p && titleLike([p]));
}

/**
 * A caption's line `p` runs on to `s` over `blanks` blank rows in
 * double-spaced text (an accepted manuscript sets its captions so too): one
 * blank row, `p` left open, `s` going on in lower case (`Figure 1. Reasons
 * given for missing a visit, by the` / `` / `mother’s age (n = 310)`).
 */
export function captionRunsOn(p: TextLine, blanks: number, s: TextLine): boolean {
  return blanks === 1 && endsOpen(p.text) && /^\p{Ll}/u.test(s.text);
}

/**
 * `lines` (blank lines where the source, a page turn or furniture left one)
 * with a blank line where a paragraph ends and none elsewhere.
 */
export function paragraphLines(lines: TextLine[], measures: Map<TextLine, Measure>, textStart: TextLine | undefined, part: Part, double = false): TextLine[] {
  const out: TextLine[] = [];
  let gap = false;
  let blanks = 0;
  // a caption runs on to the next blank line, the table cells under it too: clean takes them out together
  let caption = false;
  let brackets = 0;
  // a semicolon inside a line of the paragraph so far, the last aside: a series run inline
  let series = false;
  for (const line of lines) {
    if (line.text === '') {
      gap = out.length > 0;
      blanks++;
      continue;
    }
    const p = out.at(-1);
    if (p && caption && (!gap || (double && captionRunsOn(p, blanks, line)))) {
      blanks = 0;
      gap = false;
      out.push(line);
      continue;
    }
    const context = { gap, first: p === textStart, items: part !== 'keywords' && brackets === 0, series, double, bracket: brackets > 0, turns: part !== 'references' };
    const ends = p !== undefined && (caption || textParagraphEnds(p, line, { p: measures.get(p), s: measures.get(line) }, context));
    caption = captionLabel(line.text) !== undefined;
    if (ends) {
      out.push(blankAt(p.end, p.page));
      brackets = 0;
      series = false;
    } else if (p && SEMICOLON_INSIDE.test(p.text)) series = true;
    brackets = Math.max(0, brackets + (line.text.match(/[([]/g)?.length ?? 0) - (line.text.match(/[)\]]/g)?.length ?? 0));
    out.push(line);
    gap = false;
    blanks = 0;
  }
  return out;
}
