import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lang/pattern.js';

describe('escapeRegExp', () => {
  it('matches every metacharacter literally', () => {
    const literal = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('mg/dL (x2)')}$`).test('mg/dLL (x2)')).toBe(false);
  });
  it('leaves letters, spaces and slashes alone', () => {
    expect(escapeRegExp('µg/kg por dia')).toBe('µg/kg por dia');
  });
});
