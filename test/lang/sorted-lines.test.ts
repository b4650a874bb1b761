import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../src/lang/sorted-lines.js';

describe('SortedLines', () => {
  const rows: Array<[string, string]> = [
    ['b', '2'],
    ['ab', '12'],
    ['a', '1'],
    ['', 'empty'],
    ['ção', 'x'],
    ['Z', 'upper'],
    ['a b', 'phrase'],
    ['abc', ''],
  ];
  const table = new SortedLines(SortedLines.format(rows));

  it('finds every row, prefixes and keys beyond the last included', () => {
    for (const [key, value] of rows) expect(table.get(key)).toBe(value);
  });

  it('answers undefined for keys it lacks, however they sort against its keys', () => {
    for (const key of ['aa', 'abcd', 'c', 'A', 'ç', 'a\tb', 'b\n', ' ', '~']) expect(table.get(key)).toBeUndefined();
  });

  it('agrees with a Map over many rows', () => {
    const map = new Map(Array.from({ length: 2000 }, (_, i) => [(i * 7919).toString(36), String(i)] as [string, string]));
    const big = new SortedLines(SortedLines.format(map));
    for (const [k, v] of map) expect(big.get(k)).toBe(v);
    for (const k of map.keys()) expect(big.get(`${k}0`)).toBe(map.get(`${k}0`));
  });
});
