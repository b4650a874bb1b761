import { describe, expect, it } from 'vitest';
import { lemma, termKey } from '../../src/glossary/morphology.js';

describe('grouping keys', () => {
  it('folds Portuguese plural and gender', () => {
    expect(termKey(['síndromes', 'overlap'], 'pt')).toBe(termKey(['síndrome', 'overlap'], 'pt'));
    expect(termKey(['calcinoses'], 'pt')).toBe(termKey(['calcinose'], 'pt'));
    expect(termKey(['complicações', 'secundárias'], 'pt')).toBe(termKey(['complicação', 'secundário'], 'pt'));
    expect(termKey(['doenças', 'sistêmicas'], 'pt')).toBe('doenca sistemico');
    expect(lemma('fatores', 'pt')).toBe('fator');
    expect(lemma('renais', 'pt')).toBe('renal');
  });

  it('leaves singular words that look plural alone', () => {
    expect(lemma('lúpus', 'pt')).toBe('lupus');
    expect(lemma('cútis', 'pt')).toBe('cutis');
    expect(lemma('erythematosus', 'en')).toBe('erythematosus');
    expect(lemma('diabetes', 'en')).toBe('diabetes');
  });

  it('folds English plurals', () => {
    expect(termKey(['overlap', 'syndromes'], 'en')).toBe('overlap syndrome');
    expect(lemma('therapies', 'en')).toBe('therapy');
    expect(lemma('diagnoses', 'en')).toBe('diagnosis');
    expect(lemma('doses', 'en')).toBe('dose');
    expect(lemma('diseases', 'en')).toBe('disease');
  });

  it('does not fold -ina nouns at the head of a term (creatinina is not an adjective)', () => {
    expect(termKey(['creatinina'], 'pt')).toBe('creatinina');
    expect(termKey(['proteína', 'humana'], 'pt')).toBe('proteina humano');
  });
});
