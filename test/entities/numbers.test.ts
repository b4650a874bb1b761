import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/entities/numbers.js';

const n = (s: string, lang: 'en' | 'pt') => readNumber(s, lang)?.value;

describe('numbers as written', () => {
  it('reads thousands separators of each language', () => {
    expect(n('450,000/mm³', 'en')).toBe(450000);
    expect(n('450.000/mm³', 'pt')).toBe(450000);
    expect(n('1,250,000', 'en')).toBe(1250000);
    expect(n('1.250.000', 'pt')).toBe(1250000);
    expect(n('1,250.5', 'en')).toBe(1250.5);
    expect(n('1.250,5', 'pt')).toBe(1250.5);
  });

  it('reads decimal commas and points in both languages', () => {
    expect(n('0,01', 'pt')).toBe(0.01);
    expect(n('0,01', 'en')).toBe(0.01);
    expect(n('2.3', 'en')).toBe(2.3);
    expect(n('2.35', 'pt')).toBe(2.35);
    // A leading zero is never a thousands group.
    expect(n('0.500', 'pt')).toBe(0.5);
  });

  it('keeps the text as written', () => {
    expect(readNumber('18,500/mm³', 'en')).toEqual({ text: '18,500', value: 18500, length: 6 });
  });

  it('reads no number from a run of hundreds of digits, and stops at a second mark', () => {
    expect(readNumber('9'.repeat(400), 'en')).toBeUndefined();
    expect(readNumber(`${'9'.repeat(16)} mg`, 'en')).toBeUndefined();
    expect(n('1.2.3', 'en')).toBe(1.2);
    expect(readNumber('12/12h', 'pt')?.text).toBe('12');
  });
});
