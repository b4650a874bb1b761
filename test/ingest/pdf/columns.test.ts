import { describe, expect, it } from 'vitest';
import { findGutter } from '../../../src/ingest/pdf/columns.js';
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
