import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import { readMeasure } from '../../src/entities/measure.js';
import { flagOf, parseRange } from '../../src/entities/ranges.js';

const m = (s: string, lang: 'en' | 'pt' = 'en') => readMeasure(s, lang)!;
const r = (s: string, lang: 'en' | 'pt' = 'en') => parseRange(s, lang)!;

describe('values', () => {
  it('reads a unit a hyphen joins to its value, or written without spaces or with spaced slash', () => {
    expect(readMeasure('7.4-mmol/L', 'en')).toMatchObject({ value: 7.4, unit: 'mmol/L', ucum: 'mmol/L', length: 10 });
    expect(readMeasure('84mg/dL', 'en')).toMatchObject({ value: 84, ucum: 'mg/dL' });
    expect(readMeasure('84 mg / dL', 'pt')).toMatchObject({ value: 84, unit: 'mg / dL', ucum: 'mg/dL' });
    // A hyphen before letters that are no lab unit: a name goes on.
    expect(readMeasure('12-month', 'en')?.unit).toBeUndefined();
  });

  it('gives a lab the value a hyphen joins to its unit, but not a number inside a name', () => {
    const lab = (text: string, lang: 'en' | 'pt') => extractEntities(text, lang).find((e) => e.type === 'lab');
    expect(lab('Fasting glucose 84-mg/dL at entry.', 'en')).toMatchObject({ value: '84', ucum: 'mg/dL' });
    expect(lab('Glicemia de jejum 84-mg/dL na entrada.', 'pt')).toMatchObject({ value: '84', ucum: 'mg/dL' });
    expect(lab('Anti-XYZ-19 IgG was measured.', 'en')?.value).toBeUndefined();
  });

  it('reads UCUM units from the table and compounds the UCUM library accepts, not words', () => {
    expect(readMeasure('2.98 x 103/mm3', 'en')).toMatchObject({ value: 2.98, unit: 'x 103/mm3', ucum: '10*3/mm3' });
    expect(readMeasure('3,2 ng/mL/h', 'pt')).toMatchObject({ value: 3.2, ucum: 'ng/mL/h' });
    expect(readMeasure('5 cases', 'en')).toMatchObject({ value: 5 });
    expect(readMeasure('5 cases', 'en')?.unit).toBeUndefined();
    expect(readMeasure('5 foo/bar', 'en')?.unit).toBeUndefined();
    expect(readMeasure('1:320', 'en')).toMatchObject({ value: 320, titre: true, text: '1:320' });
  });

  it('keeps a bound with the value and reads the number behind it', () => {
    expect(readMeasure('<0.01 ng/mL', 'en')).toMatchObject({ text: '<0.01', value: 0.01, bound: '<', ucum: 'ng/mL' });
    expect(readMeasure('< 0,05 ng/mL', 'pt')).toMatchObject({ text: '< 0,05', value: 0.05, bound: '<' });
  });

  it('reads no value from a pair or a date', () => {
    expect(readMeasure('150/80 mmHg', 'en')).toBeUndefined();
    expect(readMeasure('12/12/2014', 'pt')).toBeUndefined();
  });
});

describe('reference ranges', () => {
  it('parses the forms reports use', () => {
    expect(r('35-104 U/L')).toMatchObject({ low: 35, high: 104, unit: 'U/L', ucum: 'U/L' });
    expect(r('≤ 20 mm/h')).toMatchObject({ high: 20, op: '<=', unit: 'mm/h' });
    expect(r('8,5 a 10 mg/dL', 'pt')).toMatchObject({ low: 8.5, high: 10, unit: 'mg/dL' });
    expect(r('até 40 U/L', 'pt')).toMatchObject({ high: 40, op: '<=' });
    expect(r('up to 0.5 10⁹/L')).toMatchObject({ high: 0.5, op: '<=', ucum: '10*9/L' });
    expect(r('≥ 1/80')).toMatchObject({ low: 80, titre: true, op: '>=' });
    expect(r('150,000-400,000/mm³')).toMatchObject({ low: 150000, high: 400000, ucum: '/mm3' });
    expect(r('150.000 a 450.000/mm³', 'pt')).toMatchObject({ low: 150000, high: 450000 });
    expect(r('0.2—1.2 mg/dL')).toMatchObject({ low: 0.2, high: 1.2 });
    expect(r('4.0–11.0 x10^9/L')).toMatchObject({ low: 4, high: 11, ucum: '10*9/L' });
    expect(r('0.6 to 1.2 mg/dL')).toMatchObject({ low: 0.6, high: 1.2 });
    expect(parseRange('not done', 'en')).toBeUndefined();
  });

  it('flags values against ranges', () => {
    expect(flagOf(m('233 U/L'), r('35-104 U/L'))).toBe('high');
    expect(flagOf(m('2.98 x 103/mm3'), r('5-11 x 103/mm3'))).toBe('low');
    expect(flagOf(m('9.4 mg/dL'), r('8.5 – 10 mg/dL'))).toBe('normal');
    expect(flagOf(m('1/200'), r('≥ 1/80'))).toBe('high');
    expect(flagOf(m('1/40'), r('< 1/80'))).toBe('normal');
    expect(flagOf(m('20 mm/h'), r('< 20 mm/h'))).toBe('high');
    expect(flagOf(m('450,000/mm³'), r('150,000-400,000/mm³'))).toBe('high');
  });

  it('flags a bounded value only when every value it allows falls on one side', () => {
    expect(flagOf(m('<0.01 ng/mL'), r('0–0.04 ng/mL'))).toBe('normal');
    expect(flagOf(m('<0.01 mIU/L'), r('0.4-4.0 mIU/L'))).toBe('low');
    expect(flagOf(m('<5 mg/L'), r('3-10 mg/L'))).toBeUndefined();
    expect(flagOf(m('>1000 ng/mL'), r('< 500 ng/mL'))).toBe('high');
  });

  it('gives no flag it cannot justify', () => {
    expect(flagOf(m('233'), r('35-104 U/L'))).toBeUndefined();
    expect(flagOf(m('50 U/L'), r('104-35 U/L'))).toBeUndefined();
    expect(flagOf(m('1/200'), r('35-104 U/L'))).toBeUndefined();
    expect(flagOf(m('40 mm/h'), r('≤ 20 mg/dL'))).toBeUndefined();
  });

  it('converts compatible units', () => {
    expect(flagOf(m('2.6 mmol/L'), r('8.5-10.5 mg/dL'))).toBeUndefined();
    expect(flagOf(m('15000 /mm3'), r('5-11 x 103/mm3'))).toBe('high');
    expect(flagOf(m('0.5 g/dL'), r('3.5-5 mg/mL'))).toBe('normal');
    expect(flagOf(m('12.4 x10^9/L'), r('4.0–11.0 × 10³/mm³'))).toBe('high');
  });
});
