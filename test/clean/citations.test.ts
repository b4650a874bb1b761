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

  it('takes a single number before the next sentence', () => {
    expect(cite('deposits in the skin. 2 Tissue alkaline phosphatase').text).toBe('deposits in the skin. Tissue alkaline phosphatase');
  });

  it('takes an English comma list mid-sentence but not in Portuguese', () => {
    expect(cite('on extensor surfaces 1,2 with no clinical signs').text).toBe('on extensor surfaces with no clinical signs');
    expect(cite('um valor de 1,2 com desvio', 'pt').citations).toHaveLength(0);
    expect(cite('about 1,200 patients').citations).toHaveLength(0);
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

describe('expandMarker', () => {
  it('expands ranges and refuses what cannot be a citation', () => {
    expect(expandMarker('1-3,5')).toEqual([1, 2, 3, 5]);
    expect(expandMarker('¹⁻³')).toEqual([1, 2, 3]);
    expect(expandMarker('5-2')).toBeUndefined();
    expect(expandMarker('0')).toBeUndefined();
  });
});
