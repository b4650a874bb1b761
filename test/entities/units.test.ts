import { describe, expect, it } from 'vitest';
import { isUcum, readUnit } from '../../src/entities/units.js';

const u = (s: string) => readUnit(s);

describe('units', () => {
  it('reads whole compound units and their UCUM code', () => {
    expect(u(' ng/dL')).toMatchObject({ text: 'ng/dL', ucum: 'ng/dL' });
    expect(u(' mIU/L')).toMatchObject({ text: 'mIU/L', ucum: 'm[iU]/L' });
    expect(u(' mUI/L')).toMatchObject({ text: 'mUI/L', ucum: 'm[iU]/L' });
    expect(u(' mEq/L')).toMatchObject({ ucum: 'meq/L' });
    expect(u(' g/dL')).toMatchObject({ ucum: 'g/dL' });
    expect(u('/mm³')).toMatchObject({ text: '/mm³', ucum: '/mm3' });
    expect(u('%')).toMatchObject({ ucum: '%' });
    expect(u(' mm/h')).toMatchObject({ ucum: 'mm/h' });
    expect(u(' mL/min/1.73 m²')).toMatchObject({ text: 'mL/min/1.73 m²', ucum: 'mL/min/{1.73_m2}' });
    expect(u(' mL/min/1,73 m²')).toMatchObject({ ucum: 'mL/min/{1.73_m2}' });
    expect(u(' µg/mL')).toMatchObject({ ucum: 'ug/mL' });
    expect(u(' mg/kg/dia')).toMatchObject({ ucum: 'mg/kg/d' });
  });

  it('reads powers of ten as written in both languages', () => {
    expect(u(' × 10³/mm³')).toMatchObject({ text: '× 10³/mm³', ucum: '10*3/mm3' });
    expect(u(' x10^9/L')).toMatchObject({ text: 'x10^9/L', ucum: '10*9/L' });
    expect(u(' 10⁹/L')).toMatchObject({ text: '10⁹/L', ucum: '10*9/L' });
    // PDF extraction loses the superscript: `x 103/mm3`.
    expect(u(' x 103/mm3')).toMatchObject({ ucum: '10*3/mm3' });
  });

  it('never swallows the next word', () => {
    expect(u(' mg daily')).toMatchObject({ text: 'mg', ucum: 'mg' });
    expect(u(' mg ao dia')).toMatchObject({ text: 'mg' });
    expect(u(' mg/dL and')).toMatchObject({ text: 'mg/dL' });
    expect(u(' a 3')).toBeUndefined();
    expect(u(' patients')).toBeUndefined();
  });

  it('gives no unit the UCUM library rejects', () => {
    expect(u(' foo/bar')).toBeUndefined();
    expect(u(' mgs/xyz')).toBeUndefined();
    expect(isUcum('mgs/xyz')).toBe(false);
    expect(isUcum('mL/min/{1.73_m2}')).toBe(true);
    expect(isUcum('{é}')).toBe(false);
  });
});
