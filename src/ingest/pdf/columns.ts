import { captionLabel } from './captions.js';
import type { Segment } from './lines.js';

/**
 * Reading order on one page from positions. The gutter of a two-column page
 * is a vertical band no prose line crosses, with prose on both sides. Lines
 * that cross it (titles, full-width abstracts, figures) cut the page into
 * zones; within a zone the left column is read before the right one.
 * Segments that share a row with others inside one column are table cells.
 */

/** A prose line has at least this many characters. */
const PROSE_CHARS = 25;
/** Prose lines needed on each side of a gutter. */
const MIN_SIDE_LINES = 4;
/** Prose lines crossing a gutter, at most, for each line beside it. */
const MAX_CROSSING = 0.25;

export interface OrderedPage {
  segments: Segment[];
  /** Segments found to be table cells. */
  cells: Set<Segment>;
  /** The x of the page's gutter, if it has two columns. */
  gutter?: number;
}

/** A line of prose, in the body's size or a little smaller (notes and references set smaller fill a column too). */
export function proseLine(s: Segment, bodySize: number): boolean {
  return s.text.length >= PROSE_CHARS && s.size >= 0.7 * bodySize && s.size <= 1.15 * bodySize;
}

/** The x of the page's gutter, if it has two columns. */
export function findGutter(segments: Segment[], bodySize: number): number | undefined {
  // a page of discussion beside the reference list has two columns
  const prose = segments.filter((s) => proseLine(s, bodySize));
  if (prose.length < 2 * MIN_SIDE_LINES) return undefined;
  const left = Math.min(...prose.map((s) => s.x0));
  const right = Math.max(...prose.map((s) => s.x1));
  // candidate positions: the right ends of prose lines in the middle half of the text width
  const candidates = prose.map((s) => s.x1).filter((x) => x > left + 0.25 * (right - left) && x < left + 0.75 * (right - left));
  let best: { x: number; score: number } | undefined;
  for (const x of [...new Set(candidates)]) {
    const g = x + 0.5;
    const lefts = prose.filter((s) => s.x1 <= g);
    const rights = prose.filter((s) => s.x0 >= g);
    const [l, r] = [lefts.length, rights.length];
    if (l < MIN_SIDE_LINES || r < MIN_SIDE_LINES) continue;
    // full-width lines beside both columns (a keywords line, a figure caption) may cross it, most may not;
    // those above or below them (a page's front matter over the body's columns) do not count
    const top = Math.min(Math.max(...lefts.map((s) => s.y)), Math.max(...rights.map((s) => s.y)));
    const bottom = Math.max(Math.min(...lefts.map((s) => s.y)), Math.min(...rights.map((s) => s.y)));
    const crossing = prose.filter((s) => s.x0 < g && s.x1 > g && s.y <= top && s.y >= bottom).length;
    if (crossing > MAX_CROSSING * (l + r)) continue;
    const score = Math.min(l, r) - crossing;
    // among equals, the widest left-column line's end is the gutter's left edge
    if (!best || score > best.score || (score === best.score && g > best.x)) best = { x: g, score };
  }
  return best?.x;
}

/**
 * Table cells of one column: rows of two or more segments, two such rows at
 * least, with the single-segment rows between them (a cell spanning the row).
 * One split row alone is a line beside a float, not a table.
 */
function tableCells(column: Segment[]): Set<Segment> {
  const byRow = new Map<number, Segment[]>();
  for (const s of column) byRow.set(Math.round(s.y), [...(byRow.get(Math.round(s.y)) ?? []), s]);
  const rows = [...byRow.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
  const split = rows.map((r) => r.length >= 2);
  const cells = new Set<Segment>();
  let from = -1;
  const close = (to: number) => {
    if (from >= 0 && split.slice(from, to + 1).filter(Boolean).length >= 2) for (const r of rows.slice(from, to + 1)) for (const s of r) cells.add(s);
  };
  let lastSplit = -1;
  split.forEach((isSplit, k) => {
    if (!isSplit) return;
    // up to two whole rows may sit between the split rows of one table
    if (from < 0 || k - lastSplit > 3) {
      close(lastSplit);
      from = k;
    }
    lastSplit = k;
  });
  close(lastSplit);
  return cells;
}

/**
 * A float set across both columns (a wide table) cuts them: what comes
 * before it is read in both columns above it. Its caption, left-aligned above
 * it and shorter than a column, falls on the left side below the right
 * column's last line: it is read after the right column, with the float. The
 * left and right columns of a zone, the caption moved to the right's end.
 */
function spannerCaption(left: Segment[], right: Segment[], next: Segment | undefined, bodySize: number): [Segment[], Segment[]] {
  if (!next || right.length === 0) return [left, right];
  const floor = Math.min(...right.map((s) => s.y)) - 0.5 * bodySize;
  const k = left.findIndex((s) => s.y < floor && captionLabel(s.text) !== undefined);
  // the caption is the last thing above the float: a few lines, the float right under them
  if (k < 0 || left.length - k > 3 || left[left.length - 1]!.y - next.y > 3 * bodySize) return [left, right];
  return [left.slice(0, k), [...right, ...left.slice(k)]];
}

/**
 * The gutter most pages of a document share (found on two pages at least,
 * all within a body size of one another): a page of few lines (an article's
 * last lines, balanced in two columns) shows too little to find its own.
 */
export function documentGutter(pages: Segment[][], bodySize: number): number | undefined {
  const found = pages.map((p) => findGutter(p, bodySize)).filter((g): g is number => g !== undefined);
  if (found.length < 2) return undefined;
  const sorted = found.sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  return sorted.filter((g) => Math.abs(g - middle) <= bodySize).length > found.length / 2 ? middle : undefined;
}

/** The document's gutter fits a page with a line of prose beside it, a line in the text's size across it, none across it. */
function fits(segments: Segment[], gutter: number, bodySize: number): boolean {
  const prose = segments.filter((s) => proseLine(s, bodySize));
  // the last line of a paragraph in the right column may be short (`competência.`)
  const text = segments.filter((s) => s.size >= 0.7 * bodySize && s.size <= 1.15 * bodySize);
  const side = (lines: Segment[]) => lines.some((s) => s.x1 <= gutter) && lines.some((s) => s.x0 >= gutter);
  return (side([...prose, ...text.filter((s) => s.x0 >= gutter)]) || side([...prose, ...text.filter((s) => s.x1 <= gutter)])) && !prose.some((s) => s.x0 < gutter && s.x1 > gutter);
}

export function orderPage(segments: Segment[], bodySize: number, shared?: number): OrderedPage {
  const gutter = findGutter(segments, bodySize) ?? (shared !== undefined && fits(segments, shared, bodySize) ? shared : undefined);
  const top = [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  if (gutter === undefined) return { segments: top, cells: tableCells(top) };
  const crosses = (s: Segment) => s.x0 < gutter && s.x1 > gutter;
  const ordered: Segment[] = [];
  const cells = new Set<Segment>();
  let zone: Segment[] = [];
  const flush = (next?: Segment) => {
    const [left, right] = spannerCaption(zone.filter((s) => s.x1 <= gutter), zone.filter((s) => s.x0 >= gutter), next, bodySize);
    for (const column of [left, right]) {
      ordered.push(...column);
      for (const c of tableCells(column)) cells.add(c);
    }
    zone = [];
  };
  for (const s of top) {
    if (crosses(s)) {
      flush(s);
      ordered.push(s);
    } else zone.push(s);
  }
  flush();
  return { segments: ordered, cells, gutter };
}
