import { describe, expect, it } from 'vitest';
import { documentGutter, findGutter, orderPage } from '../../../src/ingest/pdf/columns.js';
import type { Segment } from '../../../src/ingest/pdf/lines.js';

const seg = (x0: number, x1: number, y: number, size = 9, text = 'a line of prose long enough to count as one'): Segment => ({ page: 0, x0, x1, y, size, font: 'f1', text });
const column = (x0: number, x1: number, from: number, n: number, size = 9) => Array.from({ length: n }, (_, i) => seg(x0, x1, from - 12 * i, size));

describe('findGutter', () => {
  it('finds the gutter under a front matter set across the page, longer than the columns', () => {
    const front = column(48, 548, 780, 30);
    const body = [...column(48, 288, 400, 8), ...column(308, 548, 401, 8)];
    expect(findGutter([...front, ...body], 9)).toBeCloseTo(288.5);
  });

  it('finds it beside a reference list set smaller than the text', () => {
    const page = [...column(48, 288, 780, 40), ...column(308, 548, 780, 40, 7.5)];
    expect(findGutter(page, 9)).toBeCloseTo(288.5);
  });

  it('finds none on a page of one column, lines of every length in it', () => {
    const page = column(48, 548, 780, 40).map((s, i) => (i % 5 === 4 ? { ...s, x1: 200 + 20 * i } : s));
    expect(findGutter(page, 9)).toBeUndefined();
  });
});

describe('orderPage', () => {
  it('reads the caption of a table set across both columns after the right column above it', () => {
    // both columns above the table, balanced; the caption under the left one, then a row across the gutter
    const left = column(48, 288, 700, 6).map((s, i) => ({ ...s, text: `left ${i} of a column of prose set above the table` }));
    const right = column(308, 548, 700, 6).map((s, i) => ({ ...s, text: `right ${i} of a column of prose set above the table` }));
    const caption = seg(48, 250, 620, 8, 'Table 2. Characteristics of the patients.');
    const row = seg(48, 548, 606, 7.5, 'Age, years, mean (SD)   41.3 (12.2)   39.8 (11.5)   40.6 (11.9)   0.214');
    const below = [...column(48, 288, 580, 6), ...column(308, 548, 580, 6)];
    const texts = orderPage([...left, ...right, caption, row, ...below], 9).segments.map((s) => s.text);
    expect(texts.indexOf('Table 2. Characteristics of the patients.')).toBe(texts.indexOf('right 5 of a column of prose set above the table') + 1);
    expect(texts.indexOf('right 0 of a column of prose set above the table')).toBe(texts.indexOf('left 5 of a column of prose set above the table') + 1);
  });

  it('keeps a figure caption in the flow of the left column when nothing spans the page below it', () => {
    const left = column(48, 288, 700, 10).map((s, i) => ({ ...s, text: `left ${i} of a column of prose on the last page` }));
    const right = column(308, 548, 700, 3).map((s, i) => ({ ...s, text: `right ${i} of a column of prose on the last page` }));
    const caption = seg(48, 250, 570, 8, 'Figure 1. The patients over time.');
    const texts = orderPage([...left, ...right, caption], 9).segments.map((s) => s.text);
    expect(texts.indexOf('Figure 1. The patients over time.')).toBe(texts.indexOf('left 9 of a column of prose on the last page') + 1);
  });
});

describe('documentGutter', () => {
  it('reads a page of a few lines in two columns at the gutter of the document’s other pages', () => {
    const full = [...column(48, 288, 780, 40), ...column(308, 548, 780, 40)];
    const last = [...column(48, 288, 780, 2).map((s, i) => ({ ...s, text: `left ${i} of the last lines of the article` })), seg(308, 400, 780, 9, 'right 0 ends.')];
    const shared = documentGutter([full, full, last], 9);
    expect(shared).toBeCloseTo(288.5);
    expect(orderPage(last, 9).segments.map((s) => s.text)[1]).toBe('right 0 ends.');
    expect(orderPage(last, 9, shared).segments.map((s) => s.text)).toEqual(['left 0 of the last lines of the article', 'left 1 of the last lines of the article', 'right 0 ends.']);
  });

  it('keeps a page with a line across the gutter in one column', () => {
    const full = [...column(48, 288, 780, 40), ...column(308, 548, 780, 40)];
    const across = [seg(48, 548, 780), seg(48, 548, 768), seg(48, 200, 756)];
    expect(orderPage(across, 9, documentGutter([full, full, across], 9)).gutter).toBeUndefined();
  });
});
