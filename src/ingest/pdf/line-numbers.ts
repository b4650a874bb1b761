import type { PdfPage, PdfRun } from './types.js';

/**
 * Line numbers in a page's margin, as an accepted manuscript or a preprint
 * prints them (every line, or every fifth): bare integers standing in one
 * column (their right or left ends aligned), increasing down the page, each
 * on the baseline of a line of text, in a band no text crosses. They are no
 * part of the text: left out before lines are built, where they would join
 * the line beside them or make every row a table's.
 */

/** A line number is a bare integer. */
const NUMBER = /^\s*\d{1,5}\s*$/;
/** Numbers whose right (or left) ends are this close (points) stand in one column. */
const ALIGNED = 1.5;
/** A column of line numbers holds this many on a page at least. */
const MIN_NUMBERS = 5;
/** Share of the column's numbers that must increase down the page, and stand beside a line of text. */
const MOST = 0.8;

const value = (r: PdfRun) => Number(r.str.trim());

/** Runs sorted by an edge, cut where two neighbours' edges differ by more than ALIGNED. */
function columns(runs: PdfRun[], edge: (r: PdfRun) => number): PdfRun[][] {
  const sorted = [...runs].sort((a, b) => edge(a) - edge(b));
  const out: PdfRun[][] = [];
  sorted.forEach((r, k) => {
    if (k > 0 && edge(r) - edge(sorted[k - 1]!) <= ALIGNED) out[out.length - 1]!.push(r);
    else out.push([r]);
  });
  return out;
}

/** The longest run of numbers, read top to bottom, whose values increase. */
function increasing(column: PdfRun[]): PdfRun[] {
  const down = [...column].sort((a, b) => b.y - a.y);
  const best: number[] = down.map(() => 1);
  const from: number[] = down.map(() => -1);
  down.forEach((r, i) => {
    for (let j = 0; j < i; j++) {
      if (value(down[j]!) < value(r) && down[j]!.y > r.y && best[j]! + 1 > best[i]!) [best[i], from[i]] = [best[j]! + 1, j];
    }
  });
  let i = best.indexOf(Math.max(...best));
  const out: PdfRun[] = [];
  for (; i >= 0; i = from[i]!) out.push(down[i]!);
  return out;
}

/**
 * Whether a column of numbers stands at the first lines of items, not at
 * every line: a reference list numbered without a stop (`1 Silva A …`),
 * its entries' further lines set in beside no number. Between two numbers
 * (top to bottom) most of the column holds more rows of text than their
 * values leave room for. Rows count in the column of text beside the
 * numbers only (where the first word beside each number starts), so another
 * column's baselines, or a table Word sets without numbers, count little.
 */
function numbersItems(run: PdfRun[], words: PdfRun[]): boolean {
  const down = [...run].sort((a, b) => b.y - a.y);
  const near = (n: PdfRun) => words.filter((w) => Math.abs(w.y - n.y) < 0.5 * Math.max(w.size, n.size)).sort((a, b) => Math.abs(a.x - n.x) - Math.abs(b.x - n.x))[0];
  const firsts = down.flatMap((n) => near(n) ?? []);
  if (firsts.length === 0) return false;
  const starts = firsts.map((w) => w.x);
  // a raised mark on a numbered line stands above its baseline by less than half the text's size
  const size = Math.max(...down.map((n) => n.size), ...firsts.map((w) => w.size));
  const [left, right] = [Math.min(...starts) - size, Math.max(...starts) + 2 * size];
  const rows = words.filter((w) => w.x >= left && w.x <= right).map((w) => w.y);
  let crowded = 0;
  for (let k = 1; k < down.length; k++) {
    const [above, below] = [down[k - 1]!, down[k]!];
    const between = rowCount(rows.filter((y) => y < above.y - 0.5 * size && y > below.y + 0.5 * size), 0.5 * size);
    if (between > value(below) - value(above) - 1) crowded++;
  }
  return crowded >= MOST * (down.length - 1);
}

/** How many rows baselines make, those closer than `apart` one row. */
function rowCount(ys: number[], apart: number): number {
  const sorted = [...ys].sort((a, b) => b - a);
  return sorted.filter((y, k) => k === 0 || sorted[k - 1]! - y >= apart).length;
}

/** The runs of `page` that are line numbers. */
export function lineNumbers(page: PdfPage): Set<PdfRun> {
  const found = new Set<PdfRun>();
  const numbers = page.runs.filter((r) => NUMBER.test(r.str));
  if (numbers.length < MIN_NUMBERS) return found;
  const words = page.runs.filter((r) => /\p{L}/u.test(r.str));
  // on a line's row (a number set to the line box, not its baseline, stands a little off a line opened by a raised mark)
  const beside = (n: PdfRun) => words.some((w) => Math.abs(w.y - n.y) < 0.5 * Math.max(w.size, n.size));
  for (const edge of [(r: PdfRun) => r.x + r.width, (r: PdfRun) => r.x]) {
    for (const column of columns(numbers, edge)) {
      if (column.length < MIN_NUMBERS) continue;
      const run = increasing(column);
      if (run.length < MIN_NUMBERS || run.length < MOST * column.length) continue;
      const [x0, x1] = [Math.min(...run.map((r) => r.x)), Math.max(...run.map((r) => r.x + r.width))];
      // text crossing the band: the numbers of a table's column or of a list, not of the lines
      if (words.some((w) => w.x < x1 - 0.5 && w.x + w.width > x0 + 0.5)) continue;
      if (run.filter(beside).length < MOST * run.length) continue;
      if (numbersItems(run, words)) continue;
      for (const r of run) found.add(r);
    }
  }
  return found;
}

/** The page without its line numbers. */
export function withoutLineNumbers(page: PdfPage): PdfPage {
  const numbers = lineNumbers(page);
  return numbers.size === 0 ? page : { ...page, runs: page.runs.filter((r) => !numbers.has(r)) };
}
