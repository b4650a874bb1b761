import { captionLabel } from '../pdf/captions.js';
import { plainText } from './lines.js';

/**
 * Rows of a zone in columns side by side where one column is empty and the
 * other has a line: a blank in that column (space under a figure or a
 * caption, before a heading), or only a row pdftotext set between two lines
 * of the column because the other column's baselines fall between its own
 * (raised citations make a column drift a row against the other). An empty
 * row before a caption (a figure's space) or after a caption's short last
 * line is read as a blank line: a caption opens there, or has ended, and
 * clean runs a caption on to the next blank line (a heading and its
 * section's text set right under it went with it). Elsewhere the empty rows
 * are read as nothing: the readers after this one take lines with no blank
 * between them for one paragraph already, and a blank in running prose cut
 * it (a short paragraph after it read as a title).
 */

/** A band of character columns, `a` included, `b` not. */
export interface Gap {
  a: number;
  b: number;
}
/** Where a printed line has text, relative to the gutter: its left and right parts. */
export type Side = { left?: Gap; right?: Gap };

type Which = 'left' | 'right';
/** A column's line ending before this share of its width is its paragraph's or caption's last line. */
const SHORT_LINE = 0.85;
/** A caption's lines, at most, from its label to its last line. */
const CAPTION_LINES = 6;

interface Zone {
  texts: string[];
  sides: Side[];
  /** Which sides of each row hold a printed line of their own. */
  rows: Array<Record<Which, boolean>>;
  /** A line of each column ending before this character column is short. */
  short: Record<Which, number>;
}

/** Not the rest of a line cut at a soft hyphen, which pdftotext sets on a row of its own (`\u00ADal and non-pharmaco`). */
const ownLine = (text: string, g: Gap | undefined) => g !== undefined && !text.slice(g.a, g.b).trimStart().startsWith('\u00AD');

const opensCaption = (zone: Zone, j: number, side: Which) => captionLabel(plainText(zone.texts[j]!.slice(zone.sides[j]![side]!.a, zone.sides[j]![side]!.b)).trim()) !== undefined;

/** The character column past which most lines of `side` end, scaled to a short line's end. */
function shortEnd(sides: Side[], side: Which): number {
  const ends = sides.flatMap((s) => (s[side] ? [s[side].b] : [])).sort((p, q) => p - q);
  const starts = sides.flatMap((s) => (s[side] ? [s[side].a] : [])).sort((p, q) => p - q);
  const a = starts[Math.floor(0.1 * (starts.length - 1))] ?? 0;
  return a + SHORT_LINE * ((ends[Math.floor(0.9 * (ends.length - 1))] ?? 0) - a);
}

/** For each row, whether its line of `side` (a line of its own) opens a caption: asked once a row. */
const captionRows = (zone: Zone, side: Which) => zone.rows.map((r, j) => r[side] && opensCaption(zone, j, side));

/**
 * For each row, whether the line of `side` above it is a caption's short
 * last line (its end taken with the rest cut at a soft hyphen): one pass down
 * the zone, each row's answer from the rows before it.
 */
function afterCaptions(zone: Zone, side: Which, captions: boolean[]): boolean[] {
  const out: boolean[] = [];
  let end = -1;
  let caption = -1;
  let lines = 0;
  zone.sides.forEach((s, j) => {
    out.push(end >= 0 && end < zone.short[side] && caption >= 0 && lines - caption < CAPTION_LINES);
    const g = s[side];
    if (!g) {
      if (!s.left && !s.right) caption = -1;
      return;
    }
    end = zone.rows[j]![side] || end < 0 ? g.b : Math.max(end, g.b);
    if (!zone.rows[j]![side]) return;
    lines++;
    if (captions[j]) caption = lines;
  });
  return out;
}

/** For each row, whether the next line of `side` below it opens a caption: one pass up the zone. */
function beforeCaptions(zone: Zone, side: Which, captions: boolean[]): boolean[] {
  const out: boolean[] = new Array<boolean>(zone.rows.length).fill(false);
  let next = false;
  for (let i = zone.rows.length - 1; i >= 0; i--) {
    out[i] = next;
    if (zone.rows[i]![side]) next = captions[i]!;
  }
  return out;
}

/** The rows of a zone read as a blank line in its left and in its right column. */
export function columnGaps(texts: string[], sides: Side[]): Record<Which, Set<number>> {
  const rows = texts.map((t, i) => ({ left: ownLine(t, sides[i]!.left), right: ownLine(t, sides[i]!.right) }));
  const zone: Zone = { texts, sides, rows, short: { left: shortEnd(sides, 'left'), right: shortEnd(sides, 'right') } };
  const gaps = { left: new Set<number>(), right: new Set<number>() };
  for (const [side, other] of [['left', 'right'], ['right', 'left']] as const) {
    const captions = captionRows(zone, side);
    const before = beforeCaptions(zone, side, captions);
    const after = afterCaptions(zone, side, captions);
    rows.forEach((r, k) => {
      if (!sides[k]![side] && r[other] && (before[k] || after[k])) gaps[side].add(k);
    });
  }
  return gaps;
}
