import { describe, expect, it } from 'vitest';
import { expandMarker, extractCitations } from '../../src/clean/citations.js';
import { tracked } from '../../src/clean/tracked.js';

const cite = (s: string, lang: 'en' | 'pt' = 'en') => {
  const r = extractCitations(tracked(s), lang);
  return { text: r.tracked.text, citations: r.citations };
};

describe('extractCitations', () => {
  it('takes markers after a sentence stop', () => {
    const r = cite('a mean of 9.8 years following diagnosis of SLE. 8,12 It is characterized by');
    expect(r.text).toBe('a mean of 9.8 years following diagnosis of SLE. It is characterized by');
    expect(r.citations).toEqual([{ marker: '8,12', refs: [8, 12], at: 47 }]);
  });

  it('takes ranges and lists at the end of a paragraph', () => {
    const r = cite('in addition to the issue of esthetics. 1-3, 13, 14');
    expect(r.text).toBe('in addition to the issue of esthetics.');
    expect(r.citations[0]!.refs).toEqual([1, 2, 3, 13, 14]);
    expect(cite('idiopathic and iatrogenic. 1-11').citations[0]!.refs).toHaveLength(11);
  });

  it('takes out brackets holding only blanks, a citation whose number the extraction set elsewhere', () => {
    expect(cite('física ou ambas (           ). Estudos', 'pt').text).toBe('física ou ambas. Estudos');
    expect(cite('or both [ ], as shown').text).toBe('or both, as shown');
    const r = cite('reduction of 80% (  ) in cases.2 More');
    expect(r.text).toBe('reduction of 80% in cases. More');
    expect(r.citations).toEqual([{ marker: '2', refs: [2], at: 26 }]);
    expect(cite('a call f() and (a) stay').text).toBe('a call f() and (a) stay');
  });

  it('takes a single number before the next sentence', () => {
    expect(cite('deposits in the skin. 2 Tissue alkaline phosphatase').text).toBe('deposits in the skin. Tissue alkaline phosphatase');
  });

  it('takes a number glued to a stop after a bracket or quote, never a decimal', () => {
    expect(cite('surveillance (Organic Law No. 8080).5 Consequently, these').text).toBe('surveillance (Organic Law No. 8080). Consequently, these');
    expect(cite('the next one, “exploring”.25 A movement').text).toBe('the next one, “exploring”. A movement');
    expect(cite('a value of 2.5 Units').citations).toEqual([]);
  });

  it('takes a number glued to the stop after a year, before a new sentence', () => {
    expect(cite('rates fell between 2010 and 2014.7,9 Several causes were').text).toBe('rates fell between 2010 and 2014. Several causes were');
    expect(cite('as taxas caíram entre 2010 e 2014.7 Várias causas', 'pt').citations[0]!.refs).toEqual([7]);
    // a decimal, a count or a year in a sentence that goes on stays
    expect(cite('a total of 12014.5 Units').citations).toEqual([]);
    expect(cite('measured 1.2014.5 Units').citations).toEqual([]);
    expect(cite('from 2014.5 of them were').citations).toEqual([]);
  });

  it('takes a number glued to `et al.`, whatever follows', () => {
    expect(cite('as Novak et al.4 showed in', 'en').text).toBe('as Novak et al. showed in');
    expect(cite('segundo Lv et al. 12,13 demonstraram', 'pt').text).toBe('segundo Lv et al. demonstraram');
    expect(cite('segundo Lv et al.12,13 demonstraram', 'pt').citations[0]!.refs).toEqual([12, 13]);
  });

  it('takes an English comma list mid-sentence but not in Portuguese', () => {
    expect(cite('on extensor surfaces 1,2 with no clinical signs').text).toBe('on extensor surfaces with no clinical signs');
    expect(cite('um valor de 1,2 com desvio', 'pt').citations).toHaveLength(0);
    expect(cite('about 1,200 patients').citations).toHaveLength(0);
  });

  it('takes a number glued to the comma after a figure or table number, keeping the figure’s number', () => {
    expect(cite('as the values in Figure 3,1 where we find low ratios').text).toBe('as the values in Figure 3, where we find low ratios');
    expect(cite('o que fica evidente na Figura 3,1 onde encontramos', 'pt').text).toBe('o que fica evidente na Figura 3, onde encontramos');
    expect(cite('na Tabela 2,4,5 vemos', 'pt').citations[0]!.refs).toEqual([4, 5]);
    // a figure's number and a decimal, a count after a comma and a blank, a capital after: no marker
    for (const s of ['in Figure 3, 12 patients were', 'the ratio was 3,1 in', 'in Figure 3,1 The'] as const) expect(cite(s, 'pt').citations).toEqual([]);
    // a plural label lists figures: the digits after its comma are the next one's number
    expect(cite('como nas Figuras 1,2 e 3 vemos', 'pt').text).toBe('como nas Figuras 1,2 e 3 vemos');
  });

  it('takes superscript markers but not unit powers', () => {
    const r = cite('a rare finding.¹²,¹³ Counts were 5 × 10³/mm³.');
    expect(r.text).toBe('a rare finding. Counts were 5 × 10³/mm³.');
    expect(r.citations[0]!.refs).toEqual([12, 13]);
  });

  it('leaves numbers that are values', () => {
    for (const s of ['levels were 9.4 mg/dL and 3.4 mg/dL.', 'ALP 1.5 U/L was high.', 'The first cases were described in 1961.', '(normal range: 8-41 U/L)', 'at a dose of 60 mg/day.']) {
      expect(cite(s).citations).toEqual([]);
    }
  });
});

describe('extractCitations: residue citations leave behind', () => {
  it('takes superscript ranges after a stop, after `et al.` with a space, and after a short word', () => {
    expect(cite('as in heart disease.¹²⁻¹⁴ Next').text).toBe('as in heart disease. Next');
    expect(cite('as in heart disease.¹²⁻¹⁴ Next').citations[0]!.refs).toEqual([12, 13, 14]);
    expect(cite('Guth et al. ²³ showed it').text).toBe('Guth et al. showed it');
    expect(cite('the age group for the TP⁹, the interest').text).toBe('the age group for the TP, the interest');
    expect(cite('escala a NRS⁹ foi usada', 'pt').text).toBe('escala a NRS foi usada');
  });

  it('takes superscripts in brackets with the brackets and the space before a stop', () => {
    expect(cite('in the general population ( ¹⁶) . Nonetheless').text).toBe('in the general population. Nonetheless');
    const r = cite('reported in adults ( ⁸, ¹¹) . Recent', 'pt');
    expect(r.text).toBe('reported in adults. Recent');
    expect(r.citations[0]).toMatchObject({ refs: [8, 11], at: 18 });
    // an unclosed bracket stays, the run goes
    expect(cite('hospitalização ( ¹³, ¹⁴ ,.', 'pt').text).not.toMatch(/[¹³⁴]/);
  });

  it('leaves powers and charges: numbers, length units, one-letter symbols, signs', () => {
    for (const s of ['Counts were 5 × 10³/mm³ here.', 'BMI 27 kg/m² or more', 'with r² = 0.8', 'a flow of 2 mL·s⁻¹ now', 'serum Ca²⁺ was low', 'an area of 3 cm² only']) {
      expect(cite(s).citations, s).toEqual([]);
      expect(cite(s).text).toBe(s);
    }
  });

  it('takes numbers glued to a dictionary word, never to codes, symbols or units', () => {
    const r = cite('as seen in chronic disease12,13 and in others');
    expect(r.text).toBe('as seen in chronic disease and in others');
    expect(r.citations[0]!.refs).toEqual([12, 13]);
    expect(cite('comum na doença12 e em outras', 'pt').text).toBe('comum na doença e em outras');
    for (const s of ['COVID-19 in CD4 counts', 'T2 lesions and HbA1c of 7%', 'a volume of 5 mm3 here', 'SF36 and IL6 levels', 'type 2 diabetes']) {
      expect(cite(s).text, s).toBe(s);
    }
  });
});

describe('expandMarker', () => {
  it('expands ranges and refuses what cannot be a citation', () => {
    expect(expandMarker('1-3,5')).toEqual([1, 2, 3, 5]);
    expect(expandMarker('¹⁻³')).toEqual([1, 2, 3]);
    expect(expandMarker('5-2')).toBeUndefined();
    expect(expandMarker('0')).toBeUndefined();
  });
});
