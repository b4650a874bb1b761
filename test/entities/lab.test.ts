import { describe, expect, it } from 'vitest';
import { flagOf, parseRange, readMeasure } from '../../src/entities/lab.js';

describe('values', () => {
  it('reads UCUM units from the table and ratios the UCUM parser accepts, not words', () => {
    expect(readMeasure('2.98 x 103/mm3')).toMatchObject({ value: 2.98, unit: '10*3/mm3' });
    expect(readMeasure('3,2 ng/mL/h')).toMatchObject({ value: 3.2, unit: 'ng/mL/h' });
    expect(readMeasure('5 cases')).toMatchObject({ value: 5 });
    expect(readMeasure('5 cases')?.unit).toBeUndefined();
    expect(readMeasure('5 foo/bar')?.unit).toBeUndefined();
    expect(readMeasure('1:320')).toMatchObject({ value: 320, titre: true });
  });
});

describe('reference ranges', () => {
  it('parses the forms reports use', () => {
    expect(parseRange('35-104 U/L')).toMatchObject({ low: 35, high: 104, unit: 'U/L' });
    expect(parseRange('≤ 20 mm/h')).toMatchObject({ high: 20, op: '<=', unit: 'mm/h' });
    expect(parseRange('8,5 a 10 mg/dL')).toMatchObject({ low: 8.5, high: 10, unit: 'mg/dL' });
    expect(parseRange('até 40 U/L')).toMatchObject({ high: 40, op: '<=' });
    expect(parseRange('≥ 1/80')).toMatchObject({ low: 80, titre: true, op: '>=' });
    expect(parseRange('not done')).toBeUndefined();
  });

  it('flags values against ranges', () => {
    const m = (s: string) => readMeasure(s)!;
    expect(flagOf(m('233 U/L'), parseRange('35-104 U/L')!)).toBe('high');
    expect(flagOf(m('2.98 x 103/mm3'), parseRange('5-11 x 103/mm3')!)).toBe('low');
    expect(flagOf(m('9.4 mg/dL'), parseRange('8.5 – 10 mg/dL')!)).toBe('normal');
    expect(flagOf(m('1/200'), parseRange('≥ 1/80')!)).toBe('high');
    expect(flagOf(m('1/40'), parseRange('< 1/80')!)).toBe('normal');
    expect(flagOf(m('20 mm/h'), parseRange('< 20 mm/h')!)).toBe('high');
  });

  it('gives no flag it cannot justify', () => {
    const m = (s: string) => readMeasure(s)!;
    expect(flagOf(m('233'), parseRange('35-104 U/L')!)).toBeUndefined();
    expect(flagOf(m('50 U/L'), parseRange('104-35 U/L')!)).toBeUndefined();
    expect(flagOf(m('1/200'), parseRange('35-104 U/L')!)).toBeUndefined();
    expect(flagOf(m('40 mm/h'), parseRange('≤ 20 mg/dL')!)).toBeUndefined();
  });

  it('converts compatible units', () => {
    expect(flagOf(readMeasure('2.6 mmol/L')!, parseRange('8.5-10.5 mg/dL')!)).toBeUndefined();
    expect(flagOf(readMeasure('15000 /mm3')!, parseRange('5-11 x 103/mm3')!)).toBe('high');
    expect(flagOf(readMeasure('0.5 g/dL')!, parseRange('3.5-5 mg/mL')!)).toBe('normal');
  });
});
