import { blankAt, forEachFilled, lineAt, type TextLine } from './lines.js';
import { columnGaps, type Gap, type Side } from './column-gaps.js';

/**
 * Reading order of text printed in columns side by side (`pdftotext -layout`):
 * each printed line holds a line of the left column, a gutter of blanks and a
 * line of the right column. The gutter is the band of character columns that
 * a wide gap (two blanks or more) covers in most lines of a page; lines that
 * cross it (titles, a full-width abstract) cut the page into zones, and in
 * each zone with text on both sides the left column is read before the right.
 * A row empty in one column is a blank line there only where the column
 * shows space the other does not (`column-gaps.ts`).
 */

interface Raw {
  start: number;
  end: number;
  text: string;
}

/** A gap between words this wide or wider can be a gutter. */
const WIDE = /\S( {2,})(?=\S)/g;
/** Lines split at the gutter, or set in the right column alone, at least, for a page to have two columns. */
const MIN_SPLIT = 6;
/** Lines split at the gutter, at least, among them. */
const MIN_SPLIT_ALONE = 3;
/** …and at least this share of its lines with text. */
const MIN_SPLIT_SHARE = 0.1;
/** A column's lines hold this many characters (median) at least: narrower sides are table cells. */
const MIN_COLUMN_CHARS = 20;
/** Lines on each side, at least, for a zone to be read as two columns. */
const MIN_ZONE_SIDE = 2;

function wideGaps(text: string): Gap[] {
  return [...text.matchAll(WIDE)].map((m) => ({ a: m.index! + 1, b: m.index! + 1 + m[1]!.length }));
}

const firstColumn = (text: string) => text.search(/\S/);
const lastColumn = (text: string) => text.trimEnd().length;

/** A page's gutter, and the character columns its right column's lines start at (three lines or more). */
export interface Gutter extends Gap {
  starts: Set<number>;
}

/** The character columns at least `least` of `columns` share. */
function frequent(columns: number[], least: number): Set<number> {
  const count = new Map<number, number>();
  for (const c of columns) count.set(c, (count.get(c) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= least).map(([c]) => c));
}

/** The gutter of a page: the band between its left column's right edge and its right column's left edge. */
export function findGutter(lines: string[]): Gutter | undefined {
  const filled = lines.filter((t) => t.trim() !== '');
  const gaps = filled.map(wideGaps);
  const votes: number[] = [];
  for (const lineGaps of gaps) for (const g of lineGaps) for (let x = g.a; x < g.b; x++) votes[x] = (votes[x] ?? 0) + 1;
  let x = -1;
  for (let i = 0; i < votes.length; i++) if ((votes[i] ?? 0) > (votes[x] ?? 0)) x = i;
  if (x < 0) return undefined;
  const split = filled.map((t, i) => ({ t, g: gaps[i]!.find((g) => g.a <= x && x < g.b) })).filter((s): s is { t: string; g: Gap } => s.g !== undefined);
  const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]!;
  if (split.length < MIN_SPLIT_ALONE) return undefined;
  // lines of the right column alone (the left one holds a figure, or has ended) start where the split lines' right parts do
  const start = median(split.map((s) => s.g.b));
  const alone = filled.filter((t, i) => gaps[i]!.length === 0 && Math.abs(firstColumn(t) - start) <= 1);
  if (split.length + alone.length < Math.max(MIN_SPLIT, MIN_SPLIT_SHARE * filled.length)) return undefined;
  if (median(split.map((s) => s.t.slice(0, s.g.a).trim().length)) < MIN_COLUMN_CHARS) return undefined;
  if (median(split.map((s) => s.t.slice(s.g.b).trim().length)) < MIN_COLUMN_CHARS) return undefined;
  // the left column's right edge and the right column's left edge, past their stragglers
  const ends = split.map((s) => s.g.a).sort((p, q) => p - q);
  const starts = split.map((s) => s.g.b).sort((p, q) => p - q);
  const a = ends[Math.floor(0.9 * (ends.length - 1))]!;
  const b = starts[Math.floor(0.1 * (starts.length - 1))]!;
  const rightStarts = frequent([...split.map((s) => s.g.b), ...alone.map(firstColumn)], MIN_SPLIT_ALONE);
  return a < b ? { a, b, starts: rightStarts } : { a: x, b: x + 1, starts: rightStarts };
}

/**
 * Where a printed line has text, relative to the gutter: the column ranges of
 * its left and right parts. A part opening with a soft hyphen inside the
 * gutter, before where the right column starts, is the rest of a left line
 * cut there: pdftotext sets it where the printed line ended, on a row of its
 * own or beside the right column's line past a wide gap (`·a‐       lheres e
 * 44 …`), so it goes with the left column.
 */
function sides(text: string, gutter: Gap): Side | 'crossing' {
  const first = firstColumn(text);
  const last = lastColumn(text);
  if (first < 0) return {};
  if (first >= gutter.a && text[first] === '\u00AD' && first < gutter.b) {
    if (last <= gutter.b) return { left: { a: first, b: last } };
    const g = wideGaps(text).find((w) => w.a > first);
    if (g && g.a <= gutter.b && g.b >= gutter.b - 1) return { left: { a: first, b: g.a }, right: { a: g.b, b: last } };
  }
  if (first >= gutter.a) return { right: { a: first, b: last } };
  if (last <= gutter.b) return { left: { a: first, b: last } };
  // the widest gap overlapping the gutter, not one before a left line's rest set inside it (`científic     ·as   que a …`)
  const overlapping = wideGaps(text).filter((g) => g.a <= gutter.b && g.b >= gutter.a);
  const beforeRest = (g: Gap) => text[g.b] === '\u00AD' && g.b < gutter.b;
  const gaps = overlapping.some((g) => !beforeRest(g)) ? overlapping.filter((g) => !beforeRest(g)) : overlapping;
  const g = gaps.sort((p, q) => Math.min(q.b, gutter.b) - Math.max(q.a, gutter.a) - (Math.min(p.b, gutter.b) - Math.max(p.a, gutter.a)))[0];
  if (!g) return 'crossing';
  // cells on both sides of the gutter: a table's row set across the page, which no column line is; a row
  // whose right part starts at the right column's edge is two column lines, its wide gaps a justified line's
  if (g.b !== gutter.b && cellGap(text, first, g.a) && cellGap(text, g.b, last)) return 'crossing';
  return { left: { a: first, b: g.a }, right: { a: g.b, b: last } };
}

/**
 * Whether `text[a, b)` holds a wide gap between cells: not one beside a soft
 * hyphen, where pdftotext sets the rest of a cut word a few blanks off
 * (`re·la·ci·on      ·a·dos`).
 */
function cellGap(text: string, a: number, b: number): boolean {
  return wideGaps(text).some((w) => w.a > a && w.b < b && text[w.b] !== '\u00AD' && text[w.a - 1] !== '\u00AD');
}

/**
 * The rest of a left-column line cut at a soft hyphen, which pdftotext sets
 * on a row of its own at the indentation it was printed at, may reach the
 * right column's text on that row with one blank between
 * (`\u00ADalidade familiar, nos 11. Lawton MP …`): among rows in columns, it is
 * split at the blank where the right column starts, not read as a line
 * across the page (which cut the page into zones and read both columns row
 * by row). A rest that runs further past the left column's edge is text
 * set across the page, and stays whole.
 */
/** A rest ends this many characters past the left column's edge at most (pdftotext sets it a little off). */
const REST_OVERHANG = 5;

function restBesideColumn(text: string, gutter: Gap): Side | undefined {
  const first = firstColumn(text);
  const last = lastColumn(text);
  if (text[first] !== '\u00AD') return undefined;
  for (const at of [gutter.b - 1, gutter.b - 2, gutter.b]) {
    if (text[at] === ' ' && text[at + 1] !== ' ' && at > first && at - gutter.a <= REST_OVERHANG) return { left: { a: first, b: at }, right: { a: at + 1, b: last } };
  }
  return undefined;
}

/**
 * A left-column line that runs into the gutter (its soft hyphens take a
 * character each, and a smaller face in the right column sets more
 * characters in its width) may come within one or two blanks of the right
 * column's line: between rows with text in both columns, it is split at a
 * blank where the page's right-column lines start, when its left part
 * reaches the gutter (`… recomenda- 18. Belo F …`), rather than read as a
 * line across the page. A line across the page beside one column's end (a
 * keyword list after a title) stays whole.
 */
function lineBesideColumn(text: string, gutter: Gutter): Side | undefined {
  const first = firstColumn(text);
  if (first >= gutter.a) return undefined;
  const blanks = [...text.matchAll(/ +/g)].map((m) => ({ a: m.index!, b: m.index! + m[0].length }));
  const at = blanks
    .filter((g) => g.a > first && gutter.starts.has(g.b) && g.b >= gutter.a && g.a >= gutter.a - REST_OVERHANG)
    .sort((p, q) => Math.abs(p.b - gutter.b) - Math.abs(q.b - gutter.b))[0];
  return at ? { left: { a: first, b: at.a }, right: { a: at.b, b: lastColumn(text) } } : undefined;
}

/** `found` with the lines crossing the gutter between rows in both columns split where `lineBesideColumn` can. */
function splitBesideColumns(texts: string[], found: Array<Side | 'crossing'>, gutter: Gutter): void {
  const both = (j: number | undefined) => {
    const side = j === undefined ? 'crossing' : found[j]!;
    return side !== 'crossing' && side.left !== undefined && side.right !== undefined;
  };
  forEachFilled(texts, (t) => t.trim() === '', (i, before, after) => {
    if (found[i] === 'crossing' && both(before) && both(after)) found[i] = lineBesideColumn(texts[i]!, gutter) ?? 'crossing';
  });
}

/**
 * A line set across the page (a keyword list, an abstract's line over a
 * two-column page) cut at a soft hyphen has its rest set on the row under it,
 * where the line ended, right of the gutter (`… Insufic` / `·iência Renal
 * …`): a row holding that rest alone, starting within two characters of the
 * line's end, is read across the page with it, not as the first line of the
 * right column below.
 */
function restsOfAcross(texts: string[], found: Array<Side | 'crossing'>): void {
  forEachFilled(texts, (t) => t.trim() === '', (i, before) => {
    const side = found[i]!;
    if (before === undefined || found[before] !== 'crossing' || side === 'crossing' || (side.left && side.right)) return;
    const first = firstColumn(texts[i]!);
    if (texts[i]![first] === '\u00AD' && Math.abs(lastColumn(texts[before]!) - first) <= 2) found[i] = 'crossing';
  });
}

/** The lines of one page in reading order; a blank line separates a zone's two columns. */
export function pageReadingOrder(source: string, raws: Raw[], page: number): TextLine[] {
  const piece = (r: Raw, g: Gap) => lineAt(source, r.start + g.a, r.start + g.b, page, g.a);
  const whole = (r: Raw) => lineAt(source, r.start, r.end, page);
  const texts = raws.map((r) => r.text);
  const gutter = findGutter(texts);
  if (!gutter) return raws.map(whole);
  const out: TextLine[] = [];
  let zone: Array<{ raw: Raw; side: Side }> = [];
  const flush = () => {
    // a soft hyphen's rest (`·al, com …`) is no line of a column: a line across the page may set one far right
    const counts = (side: 'left' | 'right') => zone.filter((z) => z.side[side] && z.raw.text[z.side[side].a] !== '\u00AD').length;
    const left = counts('left');
    const right = counts('right');
    // one line on a side is enough where every right part starts where the page's right column does (a paragraph run over into the right column above a float)
    const aligned = zone.every((z) => !z.side.right || gutter.starts.has(z.side.right.a));
    if ((left >= MIN_ZONE_SIDE && right >= MIN_ZONE_SIDE) || (aligned && left >= 1 && right >= 1 && left + right > MIN_ZONE_SIDE)) {
      const gaps = columnGaps(zone.map((z) => z.raw.text), zone.map((z) => z.side));
      // blank rows stay in both columns: they are paragraph gaps in both
      const column = (side: 'left' | 'right', other: 'left' | 'right') =>
        zone.forEach((z, i) => {
          if (z.side[side]) out.push(piece(z.raw, z.side[side]));
          else if (!z.side[other]) out.push(whole(z.raw));
          else if (gaps[side].has(i)) out.push(blankAt(z.raw.start, page));
        });
      column('left', 'right');
      out.push(blankAt(zone.at(-1)!.raw.end, page));
      column('right', 'left');
    } else out.push(...zone.map((z) => whole(z.raw)));
    zone = [];
  };
  const found = raws.map((r) => sides(r.text, gutter));
  const inColumns = (j: number | undefined) => j !== undefined && found[j] !== 'crossing';
  forEachFilled(raws, (r) => r.text.trim() === '', (i, before, after) => {
    if (found[i] === 'crossing' && inColumns(before) && inColumns(after)) found[i] = restBesideColumn(raws[i]!.text, gutter) ?? 'crossing';
  });
  splitBesideColumns(texts, found, gutter);
  restsOfAcross(texts, found);
  raws.forEach((raw, i) => {
    const side = found[i]!;
    if (side === 'crossing') {
      flush();
      out.push(whole(raw));
    } else zone.push({ raw, side });
  });
  flush();
  return out;
}
