import type { Part } from '../../types.js';
import { proseLine } from './columns.js';
import type { Segment } from './lines.js';

/**
 * Where a paragraph ends on the printed page. Extracted text only shows a
 * blank line where a page or column turns, or where more space than a line's
 * was left; the page shows more: a last line that stops short of the
 * column's measure (the next line's first word would have fitted), a first
 * line set in, a bullet or list number opening a line. A column or page turn
 * is no paragraph end by itself: the paragraph runs on unless the line before
 * the turn is short or the line after it shows a new paragraph.
 */

/** A column's measure on one page: where its lines start and end, and how far apart their baselines are. */
export interface Measure {
  left: number;
  right: number;
  /** The usual distance between the baselines of two lines of a paragraph (0 when unknown). */
  pitch: number;
  /** The same over the whole document (0 or none when unknown): a column of few lines may not show it. */
  leading?: number;
}

/** Parts whose paragraph ends are read from the page (a title's lines are one title, a caption one caption). */
export const MARKED = new Set<Part>(['abstract', 'keywords', 'body', 'references', 'other']);

/** A gap between baselines over this many times the size starts a paragraph. */
export const PARAGRAPH_GAP = 1.65;
/** ... as does one over the column's usual line pitch by this much (times the size). */
const EXTRA_SPACE = 0.25;
/** Baselines this far apart at most (times the body size) are lines of one paragraph when the pitch is measured: double spacing is 2. */
const MAX_PITCH = 2.6;

/**
 * The space between two baselines past which a paragraph ends: PARAGRAPH_GAP,
 * or the document's usual pitch and a quarter of the size where that is more
 * (a double-spaced manuscript sets every line over PARAGRAPH_GAP apart); no
 * more than the column's own pitch and a quarter of the size.
 */
export function paragraphGap(size: number, measure: Measure | undefined): number {
  const gap = Math.max(PARAGRAPH_GAP * size, (measure?.leading ?? 0) + EXTRA_SPACE * size);
  return measure?.pitch ? Math.min(gap, measure.pitch + EXTRA_SPACE * size) : gap;
}
/** Raised citation numbers push their line down from the one above by about this much (times the size): a taller line box. */
const RAISE = 0.35;
/** A raised (superscript) digit, as lines.ts writes citation numbers. */
const RAISED = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
/** A first line set in by at least this much (times the size) opens a paragraph. */
const INDENT = 0.6;
/** ... and by no more than this: further in, the line is centred or set beside something. */
const MAX_INDENT = 6;
/** The room a short line leaves must exceed the next line's first word by this (times the size). */
const ROOM_SLACK = 0.5;
/** Two lines' ends this close (times the size) end together. */
const TOGETHER = 0.15;
/** A word space, about (times the size). */
const SPACE = 0.25;

/** A bullet glyph, and a blank after it. */
const BULLET = /^[•◦▪▫‣∙·●○■□►▶✓✔➢]\s/u;
/** A list number or letter (`1.`, `2)`, `(a)`), or a dash (a dash opens a line inside a sentence too: `– and the dose …`). */
const LIST_LABEL = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[–—-])\s/u;
/** A line that ends a word cut at a hyphen goes on, whatever its length. */
const CUT_WORD = /\p{L}[-\u2010]$/u;
/** A stop, colon or semicolon at the line's end (raised citation numbers aside). */
export const CLOSED = /[.:;!?]["'”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,]*$/u;

/**
 * A quotation's attribution closing a line, after the quotation's last stop
 * or bracket (`… the ICU. (Ana, 6 years old)`): a citation stands before
 * a sentence's stop, a speaker's name and age after the words quoted.
 */
const ATTRIBUTION = /[.!?…\]]["'”’]?\s*\([^()]{2,60}\)\)?$/u;

/** A paragraph ends after a quotation's attribution, before a capital or an opening bracket or quote. */
export function attributionEnds(p: string, s: string): boolean {
  return ATTRIBUTION.test(p) && /^[\p{Lu}(“"]/u.test(s);
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Each column's measure on each page, keyed by `columnKey`: most lines start
 * at its left edge and most full lines end at its right one (a first line's
 * indent and a paragraph's last line are the few).
 */
export function measures(pages: Array<{ segments: Segment[]; gutter?: number }>, bodySize: number): Map<string, Measure> {
  const out = new Map<string, Measure>();
  const all: number[] = [];
  pages.forEach(({ segments, gutter }) => {
    const groups = new Map<string, Segment[]>();
    // lines of prose show the measure (a reference list set smaller shares its column's edges)
    for (const s of segments.filter((x) => proseLine(x, bodySize))) {
      const key = columnKey(s, gutter);
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    for (const [key, lines] of groups) {
      const within = (d: number) => d > 0.9 * bodySize && d < MAX_PITCH * bodySize;
      const steps = lines.slice(1).map((s, k) => lines[k]!.y - s.y).filter(within);
      // the pitch of lines in the body's size where there are enough (notes, affiliations, references set smaller are set closer)
      const body = (s: Segment) => Math.abs(s.size - bodySize) <= 0.5;
      const bodySteps = lines.slice(1).flatMap((s, k) => (body(s) && body(lines[k]!) ? [lines[k]!.y - s.y] : [])).filter(within);
      all.push(...bodySteps);
      const pitch = bodySteps.length >= 3 ? quantile(bodySteps, 0.5) : steps.length >= 3 ? quantile(steps, 0.5) : 0;
      out.set(key, { left: quantile(lines.map((s) => s.x0), 0.2), right: quantile(lines.map((s) => s.x1), 0.8), pitch, leading: 0 });
    }
  });
  // a low quantile: the pitch of most lines, whatever share of steps are paragraph gaps
  const leading = all.length >= 3 ? quantile(all, 0.25) : 0;
  for (const m of out.values()) m.leading = leading;
  return out;
}

/** The page and column a segment sits in: left or right of the gutter, or across the page. */
export function columnKey(s: Segment, gutter: number | undefined): string {
  const side = gutter === undefined ? 'page' : s.x1 <= gutter ? 'left' : s.x0 >= gutter ? 'right' : 'page';
  return `${s.page}|${side}`;
}

/** Rough width of `s`'s first word, from its own characters' mean width. */
function firstWordWidth(s: Segment): number {
  const word = /^\S+/.exec(s.text)?.[0] ?? '';
  return (word.length * (s.x1 - s.x0)) / Math.max(1, s.text.length);
}

/**
 * `p` stops short of its column: `s`'s first word would have fitted after it.
 * A line that ends where the line before or after it in its column ends is
 * set to a narrower measure (a quotation set in on both sides), not short.
 */
export function shortLine(p: Segment, s: Segment, measure: Measure | undefined, turn: boolean, before?: Segment): boolean {
  if (!measure || CUT_WORD.test(p.text)) return false;
  // justified lines end on one x, short lines of a list by chance only
  const together = (o: Segment | undefined) => o !== undefined && Math.abs(o.x1 - p.x1) < TOGETHER * p.size;
  if (together(before) || (!turn && together(s))) return false;
  return measure.right - p.x1 > firstWordWidth(s) + (SPACE + ROOM_SLACK) * p.size;
}

/**
 * `s` shows a new paragraph at its start: a bullet, a list label after a
 * closed line, a first line set in (not a hanging indent: the further lines
 * of a list item, or of a quotation set in, under a line set in as far).
 */
export function opensParagraph(p: Segment, s: Segment, at: { p?: Measure; s?: Measure }): boolean {
  if (BULLET.test(s.text)) return true;
  if (LIST_LABEL.test(s.text) && CLOSED.test(p.text)) return true;
  if (!at.s) return false;
  const indent = s.x0 - at.s.left;
  const hanging = BULLET.test(p.text) || LIST_LABEL.test(p.text) || (at.p !== undefined && p.x0 > at.p.left + INDENT * p.size);
  return !hanging && indent > INDENT * s.size && indent < MAX_INDENT * s.size;
}

/**
 * Whether a paragraph ends between `p` and `s`, lines read one after the
 * other (`before` is the line before `p` in its column, if any); `turn` when
 * `s` is in another column or on another page (no space between them to read
 * then, and the paragraph runs on unless `p` is short or `s` opens one).
 */
export function paragraphEnds(p: Segment, s: Segment, at: { p?: Measure; s?: Measure; before?: Segment }, turn: boolean): boolean {
  if (shortLine(p, s, at.p, turn, at.before) || opensParagraph(p, s, at) || attributionEnds(p.text, s.text)) return true;
  // a raised citation number makes its line's box taller: space alone ends no line a sentence runs on from
  if (turn || !CLOSED.test(p.text)) return false;
  const size = Math.max(s.size, p.size);
  // … and the space above a line holding one is read less what the raise took (`Ethics;` / `Equality.⁷,⁸ These …`)
  const space = p.y - s.y - (RAISED.test(s.text) ? RAISE * size : 0);
  return space > paragraphGap(size, at.p);
}
