import { describe, expect, it } from 'vitest';
import { isPluralWord, isUncountable, lemma, pluralSurface, singularSurface, termKey } from '../../src/glossary/inflection.js';

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

  it('keeps an acronym in capitals whole: its final S is a letter of it, not a plural', () => {
    expect(lemma('ARDS', 'en')).toBe('ards');
    expect(singularSurface('ARDS', 'en')).toBe('ARDS');
    expect(lemma('NSAIDs', 'en')).toBe('nsaid');
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

describe('number of written forms', () => {
  it('makes a Portuguese word singular, keeping its accents', () => {
    expect(singularSurface('secundárias', 'pt')).toBe('secundária');
    expect(singularSurface('complicações', 'pt')).toBe('complicação');
    expect(singularSurface('bilaterais', 'pt')).toBe('bilateral');
    expect(singularSurface('Constantes', 'pt')).toBe('Constante');
    expect(singularSurface('vírus', 'pt')).toBe('vírus');
    expect(singularSurface('criança', 'pt')).toBe('criança');
  });

  it('leaves words that do not change in number as they are', () => {
    expect(singularSurface('simples', 'pt')).toBe('simples');
    expect(singularSurface('fezes', 'pt')).toBe('fezes');
    expect(lemma('simples', 'pt')).toBe('simples');
  });

  it('makes a Portuguese word plural by undoing the first rule that gives it back', () => {
    expect(pluralSurface('criança', 'pt')).toBe('crianças');
    expect(pluralSurface('mulher', 'pt')).toBe('mulheres');
    expect(pluralSurface('complicação', 'pt')).toBe('complicações');
    expect(pluralSurface('papel', 'pt')).toBe('papéis');
    // One stress accent: the written one stays.
    expect(pluralSurface('nível', 'pt')).toBe('níveis');
    expect(pluralSurface('crianças', 'pt')).toBe('crianças');
    // Not Portuguese-shaped: a loanword stays as written.
    expect(pluralSurface('overlap', 'pt')).toBe('overlap');
    for (const w of ['criança', 'mulher', 'complicação', 'papel', 'nível', 'hospital']) expect(singularSurface(pluralSurface(w, 'pt'), 'pt')).toBe(w);
  });

  it('tells plural words, irregular English plurals included', () => {
    expect(isPluralWord('patients', 'en')).toBe(true);
    expect(isPluralWord('children', 'en')).toBe(true);
    expect(isPluralWord('women', 'en')).toBe(true);
    expect(isPluralWord('constant', 'en')).toBe(false);
    expect(isPluralWord('foramen', 'en')).toBe(false);
    expect(isPluralWord('lupus', 'en')).toBe(false);
    expect(isPluralWord('síndromes', 'pt')).toBe(true);
    expect(isPluralWord('overlap', 'pt')).toBe(false);
    expect(isUncountable('information')).toBe(true);
    expect(isUncountable('patient')).toBe(false);
  });
});
