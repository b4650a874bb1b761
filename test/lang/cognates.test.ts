import { describe, expect, it } from 'vitest';
import { cognateKey, cognateRules, compileCognateRules, fold, normaliseCognate, type CognateEntry } from '../../src/lang/cognates.js';

const spell = (word: string, lang: 'en' | 'pt') => normaliseCognate(fold(word), lang);

describe('cognate keys', () => {
  it('meet through EN↔PT spelling correspondences', () => {
    expect(cognateKey('pharmacology', 'en')).toBe(cognateKey('farmacologia', 'pt'));
    expect(cognateKey('therapy', 'en')).toBe(cognateKey('terapia', 'pt'));
    expect(cognateKey('hypertension', 'en')).toBe(cognateKey('hipertensão', 'pt'));
    expect(cognateKey('study', 'en')).toBe(cognateKey('estudo', 'pt'));
    expect(cognateKey('collateral', 'en')).toBe(cognateKey('colateral', 'pt'));
    expect(cognateKey('classification', 'en')).toBe(cognateKey('classificação', 'pt'));
    expect(cognateKey('community', 'en')).toBe(cognateKey('comunidade', 'pt'));
    expect(cognateKey('patient', 'en')).toBe(cognateKey('paciente', 'pt'));
    expect(cognateKey('psychiatric', 'en')).toBe(cognateKey('psiquiátrico', 'pt'));
    expect(cognateKey('possible', 'en')).toBe(cognateKey('possível', 'pt'));
    expect(spell('frequent', 'en')).toBe(spell('frequente', 'pt'));
    expect(cognateKey('kidney', 'en')).not.toBe(cognateKey('rim', 'pt'));
  });

  it('drop the c of ct on both sides, as Brazilian spelling does, and still meet where Portuguese keeps it', () => {
    expect(cognateKey('objectives', 'en')).toBe(cognateKey('objetivos', 'pt'));
    expect(cognateKey('practice', 'en')).toBe(cognateKey('prática', 'pt'));
    expect(cognateKey('objective', 'en')).toBe(cognateKey('objectivo', 'pt'));
    expect(cognateKey('characteristic', 'en')).toBe(cognateKey('característica', 'pt'));
    expect(cognateKey('infection', 'en')).toBe(cognateKey('infecção', 'pt'));
  });

  it('keep the t of sti and the seam of a compound', () => {
    expect(cognateKey('questionnaire', 'en')).toBe(cognateKey('questionário', 'pt'));
    expect(cognateKey('coefficient', 'en')).toBe(cognateKey('coeficiente', 'pt'));
    expect(cognateKey('socioeconomic', 'en')).toBe(cognateKey('socioeconômico', 'pt'));
  });
});

describe('cognate spelling', () => {
  it('rewrites one English suffix, then the inner letters, then the prefix', () => {
    expect(spell('hypervitaminosis', 'en')).toBe('hipervitaminose');
    expect(spell('complications', 'en')).toBe('complicacoes');
    expect(spell('question', 'en')).toBe(spell('questão', 'pt'));
    expect(spell('neuropathies', 'en')).toBe('neuropaties');
    expect(spell('scleroderma', 'en')).toBe('escleroderma');
    expect(spell('oedema', 'en')).toBe('edema');
  });

  it('leaves an ending alone when too little of the word would stay before it', () => {
    expect(spell('any', 'en')).toBe('ani');
    expect(spell('obesity', 'en')).toBe('obesidade');
  });

  it('rewrites a word only with the rules of its side', () => {
    expect(spell('group', 'en')).toBe('grup');
    expect(spell('outro', 'pt')).toBe('outro');
    expect(spell('chave', 'pt')).toBe('chave');
  });

  it('loads the rules of the data file, each for its side', () => {
    const en = cognateRules('en');
    const pt = cognateRules('pt');
    for (const kind of ['suffix', 'inner', 'prefix'] as const) expect(en[kind].length).toBeGreaterThan(0);
    expect(pt.inner.length).toBeGreaterThan(0);
    expect(Object.values(en).flat().every((r) => r.side !== 'pt')).toBe(true);
    expect(Object.values(pt).flat().every((r) => r.side !== 'en')).toBe(true);
  });
});

describe('cognate rules', () => {
  const entry = (e: Partial<CognateEntry>): CognateEntry => ({ kind: 'inner', side: 'en', from: 'ph', to: 'f', note: 'test', ...e });

  it('compile suffixes anchored at the end and prefixes at the start', () => {
    const r = compileCognateRules([entry({ kind: 'suffix', from: 'ic', to: 'ico' }), entry({ kind: 'prefix', side: 'both', from: 's(?=t)', to: 'es' })]);
    expect(r.en.suffix[0]!.pattern.test('toxic')).toBe(true);
    expect(r.en.suffix[0]!.pattern.test('icon')).toBe(false);
    expect(r.pt.prefix[0]!.pattern.test('stent')).toBe(true);
    expect(r.pt.prefix[0]!.pattern.test('test')).toBe(false);
    expect(r.pt.suffix).toHaveLength(0);
  });

  it('refuse an entry with an unknown kind or side, or a pattern that does not compile', () => {
    expect(() => compileCognateRules([entry({ kind: 'infix' })])).toThrow(/entry 1 .*kind/);
    expect(() => compileCognateRules([entry({}), entry({ side: 'es' })])).toThrow(/entry 2 .*side/);
    expect(() => compileCognateRules([entry({ from: 'ch(' })])).toThrow(/entry 1/);
  });
});

describe('fold', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Métodos')).toBe('metodos');
    expect(fold('infecção')).toBe('infeccao');
    expect(fold('ABC')).toBe('abc');
  });
});
