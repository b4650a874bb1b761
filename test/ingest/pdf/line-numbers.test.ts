import { describe, expect, it } from 'vitest';
import { lineNumbers, withoutLineNumbers } from '../../../src/ingest/pdf/line-numbers.js';
import type { PdfPage, PdfRun } from '../../../src/ingest/pdf/types.js';

/** Text runs as pdf.js gives them: position of the baseline's left end, advance width, size. */
const run = (str: string, x: number, y: number, size = 11): PdfRun => ({ str, x, y, width: str.length * size * 0.5, size, font: 'f1' });
/** A right-aligned number ending at `right`. */
const number = (n: number, right: number, y: number): PdfRun => ({ ...run(String(n), 0, y, 8), x: right - String(n).length * 4 });

/** `lines` lines of text at x 88, 22 points apart, each numbered from `first` in the left margin (or every `step`th). */
function page(lines: number, first = 1, step = 1): PdfPage {
  const runs: PdfRun[] = [];
  for (let k = 0; k < lines; k++) {
    const y = 760 - 22 * k;
    runs.push(run('The patient came to the clinic with a fever that had lasted', 88, y));
    if ((first + k) % step === 0) runs.push(number(first + k, 76, y));
  }
  return { width: 595, height: 842, runs };
}

describe('line numbers', () => {
  it('finds a column of numbers increasing down the margin, each beside a line', () => {
    expect(lineNumbers(page(12, 40)).size).toBe(12);
    expect(withoutLineNumbers(page(12, 40)).runs.every((r) => /\p{L}/u.test(r.str))).toBe(true);
  });

  it('finds every fifth line numbered', () => {
    expect(lineNumbers(page(40, 1, 5)).size).toBe(8);
  });

  it('leaves a table column of numbers inside the text alone', () => {
    // counts in a table: right-aligned in one column, but text crosses their band
    const runs = [0, 1, 2, 3, 4, 5].flatMap((k) => [run('Group', 88, 700 - 14 * k), number(10 + k, 200, 700 - 14 * k), run('Total over all groups of the study', 88, 600)]);
    expect(lineNumbers({ width: 595, height: 842, runs }).size).toBe(0);
  });

  it('leaves a reference list numbered without a stop alone, its entries over several lines', () => {
    // `1 Silva A …` right-aligned in the margin, each entry's further lines beside no number
    const runs: PdfRun[] = [];
    for (let k = 0; k < 8; k++) {
      const y = 700 - 33 * k;
      runs.push(number(k + 1, 76, y), run('Silva A, Souza B. Fever in children seen at home: a', 88, y, 9), run('cohort. Rev Test Med. 2020;12:1-9.', 88, y - 11, 9));
      if (k % 2 === 0) runs.push(run('Available from: the clinic of the test.', 88, y - 22, 9));
    }
    expect(lineNumbers({ width: 595, height: 842, runs }).size).toBe(0);
    // every line numbered, a table of rows without numbers in the middle: still line numbers
    const p = page(12);
    p.runs.push(...[0, 1, 2].map((k) => run('Group A 12 41.3', 88, 760 - 22 * 5 - 7 * (k + 1), 8)));
    expect(lineNumbers(p).size).toBe(12);
  });

  it('leaves numbers that do not increase down the page alone', () => {
    const p = page(8);
    const numbers = p.runs.filter((r) => /^\d+$/.test(r.str));
    numbers.forEach((r, k) => (r.str = String([4, 9, 2, 7, 1, 8, 3, 6][k])));
    expect(lineNumbers(p).size).toBe(0);
  });

  it('leaves fewer than five alone', () => {
    expect(lineNumbers(page(4)).size).toBe(0);
  });
});
