import { describe, expect, it } from 'vitest';
import { keywordEvidence, keywordForm, pairKeywords } from '../../src/glossary/keyword-pairs.js';
import type { KeywordList } from '../../src/types.js';

const lists = (en: string[], pt: string[]): KeywordList[] => [
  { lang: 'en', code: 'en', keywords: en },
  { lang: 'pt', code: 'pt', keywords: pt },
];

describe('pairKeywords', () => {
  it('pairs lists of equal length by position, with the word evidence of each pair', () => {
    const { pairs, notes } = pairKeywords(lists(['Chronic Pain', 'Siblings', 'Risk Factors'], ['Dor Crônica', 'Irmãos', 'Fatores de Risco']));
    expect(notes).toEqual([]);
    expect(pairs.map((p) => [p.en, p.pt])).toEqual([
      ['chronic pain', 'dor crônica'],
      ['siblings', 'irmãos'],
      ['risk factors', 'fatores de risco'],
    ]);
    // termbase words and cognates back the first and last; nothing backs `siblings`, whose place alone pairs it
    expect(pairs[0]!.evidence).toBe(1);
    expect(pairs[1]!.evidence).toBe(0);
    expect(pairs[2]!.evidence).toBeGreaterThan(0.5);
    expect(pairs[2]!.ptKey).toBe('fator de risco');
  });

  it('pairs nothing when the counts differ, and says so', () => {
    const { pairs, notes } = pairKeywords(lists(['Pain', 'Aged', 'Nursing'], ['Dor', 'Idoso']));
    expect(pairs).toEqual([]);
    expect(notes).toEqual([{ rule: 'keyword-counts-differ', reason: '3 English keywords against 2 Portuguese: none paired' }]);
  });

  it('pairs nothing from keywords in one language, and says so', () => {
    const { pairs, notes } = pairKeywords([{ lang: 'pt', code: 'pt', keywords: ['Dor'] }, { lang: 'other', code: 'es', keywords: ['Dolor'] }]);
    expect(pairs).toEqual([]);
    expect(notes.map((n) => n.rule)).toEqual(['keywords-one-language']);
    expect(pairKeywords([])).toEqual({ pairs: [], notes: [] });
  });

  it('leaves out a pair whose words point to another place, where the lists are not in the same order', () => {
    const { pairs, notes } = pairKeywords(lists(['Osteoporosis', 'Hypertension', 'Nursing'], ['Hipertensão', 'Osteoporose', 'Enfermagem']));
    expect(pairs.map((p) => [p.en, p.pt])).toEqual([['nursing', 'enfermagem']]);
    expect(notes.map((n) => n.rule)).toEqual(['keyword-order', 'keyword-order']);
  });

  it('keeps a pair when another keyword shares a word but has a better partner of its own', () => {
    const { pairs } = pairKeywords(lists(['Child Welfare', 'Child Abuse'], ['Proteção da Criança', 'Maus Tratos Infantis']));
    expect(pairs.map((p) => p.pt)).toEqual(['proteção da criança', 'maus tratos infantis']);
  });
});

describe('keyword evidence and forms', () => {
  it('matches words by termbase pairs and by cognates', () => {
    expect(keywordEvidence('Chronic Pain', 'Dor Crônica')).toBe(1);
    expect(keywordEvidence('Osteoporosis', 'Osteoporose')).toBeGreaterThan(0.72);
    expect(keywordEvidence('Osteoporosis', 'Hipertensão')).toBe(0);
  });

  it('lowers title-case words the dictionary knows, keeps names and acronyms', () => {
    expect(keywordForm('Doença Cardiovascular', 'pt')).toBe('doença cardiovascular');
    expect(keywordForm('COVID-19', 'en')).toBe('COVID-19');
    expect(keywordForm('Intensive Care Units, Pediatric', 'en')).toBe('intensive care units, pediatric');
  });
});
