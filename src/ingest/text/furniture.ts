import { PAGE_NUMBER } from '../pdf/furniture.js';

/**
 * Page furniture of extracted text, found by repetition: running heads,
 * running feet and page numbers. With pages (form feeds), a line among the
 * first or last few of its page whose text, digits aside, recurs at an edge
 * of another page is furniture, and so is a bare page number there. Without
 * pages, a short line that recurs three times or more, each time beside a
 * blank line, is taken for a running head, and a bare number standing alone
 * between blank lines for a page number.
 */

/** How many lines with text at each end of a page may be furniture. */
const EDGE_LINES = 3;
/** Without pages: a running head recurs this often at least. */
const MIN_REPEATS = 3;
/** Without pages: a running head is at most this long. */
const MAX_HEAD_CHARS = 120;

/** The text with digits as one sign, case and blanks folded: a running head's page number and spacing change, its words do not. */
const key = (text: string) => text.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Indexes of the lines with text at each end of a page. */
function edges(page: string[]): number[] {
  const filled = page.map((t, i) => (t.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/** For each page, the indexes of its lines that are furniture. */
export function findFurniture(pages: string[][]): Array<Set<number>> {
  if (pages.length === 1) return [repeatedLines(pages[0]!)];
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach((page, n) => {
    for (const i of edges(page)) if (!PAGE_NUMBER.test(page[i]!.trim())) pagesWith.set(key(page[i]!), (pagesWith.get(key(page[i]!)) ?? new Set()).add(n));
  });
  // a running head recurs on a good share of the pages; a line of text met twice (a reference cited in two letters) does not
  const recurs = Math.max(2, Math.round(pages.length / 4));
  const numbers = pageNumbers(pages);
  return pages.map((page, n) => new Set(edges(page).filter((i) => numbers[n]!.has(i) || (!PAGE_NUMBER.test(page[i]!.trim()) && pagesWith.get(key(page[i]!))!.size >= recurs))));
}

/**
 * The page-number lines of each page: bare numbers at its edges that run on
 * with the numbers of the pages beside it (the page's number minus its index
 * is theirs). A page whose numbers fit no neighbour's keeps them all (a lone
 * page, numbering that starts again); one that has a fitting number leaves
 * the others as text (`2020` ending a reference above the page number).
 */
function pageNumbers(pages: string[][]): Array<Set<number>> {
  const found = pages.map((page, n) =>
    edges(page)
      .filter((i) => PAGE_NUMBER.test(page[i]!.trim()))
      .map((i) => ({ i, offset: Number(/\d+/.exec(page[i]!)![0]) - n })),
  );
  return found.map((candidates, n) => {
    const beside = new Set([...(found[n - 1] ?? []), ...(found[n + 1] ?? [])].map((c) => c.offset));
    const fitting = candidates.filter((c) => beside.has(c.offset));
    return new Set((fitting.length > 0 ? fitting : candidates).map((c) => c.i));
  });
}

/** Furniture of text without pages. */
function repeatedLines(lines: string[]): Set<number> {
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  const beside = (i: number) => blank(i - 1) || blank(i + 1);
  const seen = new Map<string, number[]>();
  lines.forEach((t, i) => {
    const k = key(t);
    if (k !== '' && k.length <= MAX_HEAD_CHARS && !PAGE_NUMBER.test(t.trim())) seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  const out = new Set<number>();
  for (const at of seen.values()) {
    if (at.length >= MIN_REPEATS && at.filter(beside).length >= (2 / 3) * at.length) for (const i of at) out.add(i);
  }
  lines.forEach((t, i) => {
    if (PAGE_NUMBER.test(t.trim()) && (blank(i - 1) || out.has(i - 1)) && (blank(i + 1) || out.has(i + 1))) out.add(i);
  });
  return out;
}
