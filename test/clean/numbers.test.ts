import { describe, expect, it } from 'vitest';
import { chemicalFormula, repairNumbers } from '../../src/clean/numbers.js';
import { tracked } from '../../src/clean/tracked.js';

const fix = (s: string) => repairNumbers(tracked(s)).tracked.text;

describe('repairNumbers', () => {
  it('restores lost exponents in counts per volume and records the original', () => {
    const r = repairNumbers(tracked('leucopenia 2.98 x 103/mm3 leukocytes (normal range: 5-11 x 103/mm3)'));
    expect(r.tracked.text).toBe('leucopenia 2.98 × 10³/mm³ leukocytes (normal range: 5-11 × 10³/mm³)');
    expect(r.notes).toHaveLength(2);
    expect(r.notes[0]!.reason).toContain('x 103');
    expect(fix('platelets 150 x 109/L')).toBe('platelets 150 × 10⁹/L');
    expect(fix('4.5 x 10^9/L')).toBe('4.5 x 10⁹/L');
  });

  it('leaves products and counts that are not powers alone', () => {
    expect(fix('a calcium x phosphate product')).toBe('a calcium x phosphate product');
    expect(fix('2 x 100 patients')).toBe('2 x 100 patients');
    expect(fix('magnification x40')).toBe('magnification x40');
  });

  it('writes squared and cubed units', () => {
    expect(fix('5 mm3 and 1.73 m2, 30 kg/m2')).toBe('5 mm³ and 1.73 m², 30 kg/m²');
    expect(fix('the M2 receptor and mm30')).toBe('the M2 receptor and mm30');
  });

  it('subscripts chemical formulas only', () => {
    expect(fix('removed by CO2 laser; PaO2 and HCO3')).toBe('removed by CO₂ laser; PaO₂ and HCO₃');
    expect(fix('CD4 count, vitamin B12, H1N1, SF36, BRCA1, IL6')).toBe('CD4 count, vitamin B12, H1N1, SF36, BRCA1, IL6');
    expect(chemicalFormula('H2O')).toBe('H₂O');
    expect(chemicalFormula('T4')).toBeUndefined();
  });

  it('writes comparison signs', () => {
    expect(fix('ESR <= 20 mm/h, >= 70')).toBe('ESR ≤ 20 mm/h, ≥ 70');
  });
});
