import { describe, expect, it } from 'vitest';
import { textLines } from '../../../src/ingest/text/lines.js';
import { tableLines } from '../../../src/ingest/text/shapes.js';

describe('tables and reference lists in extracted text', () => {
  it('reads the rows of a table set across the page as rows, its label cells longer than the others', () => {
    const gap = ' '.repeat(22);
    const lines = textLines(
      [
        `Characteristic${gap}Group A (n=128)${gap}Group B (n=97)${gap}Total (n=225)${gap}p-value`,
        `Age, years, mean (SD)${gap}41.3 (12.2)${gap}39.8 (11.5)${gap}40.6 (11.9)${gap}0.214`,
        `Admitted to intensive care, n (%)${gap}14 (10.9)${gap}19 (19.6)${gap}33 (14.7)${gap}0.069`,
      ].join('\n'),
    );
    expect(tableLines(lines, 90, () => false).size).toBe(3);
  });
});
