import type { Segment } from './lines.js';

/**
 * Page furniture: running heads, running feet and page numbers, found by
 * repetition. A line among the first or last few of its page whose text
 * (digits aside) recurs at the same height on other pages is furniture; so is
 * a bare page number there (`12`, `Page 3 of 9`, `p. 4`), even on one page.
 */

/** How many rows at each end of a page may be furniture. */
const EDGE_ROWS = 3;
/** Two heights this close (points) count as the same place on the page. */
const SAME_PLACE = 4;

export const PAGE_NUMBER = /^(?:(?:page|página|pág\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?$/i;

/** Furniture key: the text with digits as one sign and case folded, with its height. */
const key = (s: Segment) => `${Math.round(s.y / SAME_PLACE)}|${s.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;

function edgeSegments(page: Segment[]): Segment[] {
  const ys = [...new Set(page.map((s) => s.y))].sort((a, b) => b - a);
  const edge = new Set([...ys.slice(0, EDGE_ROWS), ...ys.slice(-EDGE_ROWS)]);
  return page.filter((s) => edge.has(s.y));
}

/** The segments of `pages` that are furniture. */
export function findFurniture(pages: Segment[][]): Set<Segment> {
  const seen = new Map<string, Set<number>>();
  // a key also matches one height step away, as a rounded height can fall either side
  const keys = (s: Segment) => {
    const k = key(s);
    const [step, text] = [Number(k.slice(0, k.indexOf('|'))), k.slice(k.indexOf('|') + 1)];
    return [step - 1, step, step + 1].map((n) => `${n}|${text}`);
  };
  pages.forEach((page, n) => {
    for (const s of edgeSegments(page)) {
      const k = key(s);
      const pagesWith = seen.get(k) ?? new Set<number>();
      pagesWith.add(n);
      seen.set(k, pagesWith);
    }
  });
  const furniture = new Set<Segment>();
  for (const page of pages) {
    for (const s of edgeSegments(page)) {
      const count = new Set(keys(s).flatMap((k) => [...(seen.get(k) ?? [])])).size;
      if (count >= 2 || PAGE_NUMBER.test(s.text)) furniture.add(s);
    }
  }
  return furniture;
}
