import { describe, expect, it } from 'vitest';
import { mismatchReason } from '../../src/glossary/mismatch.js';
import { buildGlossary } from '../../src/glossary/build.js';
import type { DocumentTerms, TermPairEvidence } from '../../src/types.js';

const via = new Set(['cognate']);

describe('pairs whose sides cannot name the same thing', () => {
  it('a code on one side the other does not carry', () => {
    expect(mismatchReason('CYP2D6 gene', 'gene CYP2C19', via)).toBe('different code');
    expect(mismatchReason('HLA-B27 allele', 'alelo HLA', via)).toBe('different code');
    // The same code, in another order, case or hyphenation, is the same.
    expect(mismatchReason('CYP2D6 gene', 'gene CYP2D6', via)).toBeUndefined();
    expect(mismatchReason('SARS-CoV-2 infection', 'infecção por SARS-CoV-2', via)).toBeUndefined();
    expect(mismatchReason('COVID-19 outbreak', 'surto de covid-19', via)).toBeUndefined();
    expect(mismatchReason('HPV16', 'HPV-16', via)).toBeUndefined();
    // Acronyms each defined by the same long form, and a termbase's pair, are translations.
    expect(mismatchReason('T2DM', 'DM2', new Set(['acronym']))).toBeUndefined();
    expect(mismatchReason('T2DM', 'DM2', new Set(['termbase']))).toBeUndefined();
    // Lower-case tokens alone are no codes (ordinals).
    expect(mismatchReason('1st', '1º', via)).toBeUndefined();
  });

  it('acronyms of different letters that nothing but spelling pairs', () => {
    expect(mismatchReason('CBPU', 'CEBPU', via)).toBe('different code');
    expect(mismatchReason('QRT', 'TQR', new Set(['cognate', 'association']))).toBe('different code');
    // Defined by one long form in a document, or named by the entities stage's lexicons: a localisation.
    expect(mismatchReason('QRT', 'TQR', new Set(['acronym']))).toBeUndefined();
    expect(mismatchReason('QRT', 'TQR', new Set(['entity']))).toBeUndefined();
    // The same letters, a plural s or hyphens aside; a word in capitals is no acronym pair of this kind.
    expect(mismatchReason('CBPUs', 'CBPU', via)).toBeUndefined();
    expect(mismatchReason('HbA1c', 'HbA1c', via)).toBeUndefined();
    expect(mismatchReason('Cbpu', 'Cebpu', via)).toBeUndefined();
    expect(mismatchReason('MATERIALS', 'MATERIAIS', via)).toBeUndefined();
  });

  it('a negation on one side only', () => {
    // An English non-/un- word or non/not with no negation on the Portuguese side.
    expect(mismatchReason('non-smoking mother', 'mãe fumante', via)).toBe('different negation');
    expect(mismatchReason('non smoker', 'fumante', via)).toBe('different negation');
    expect(mismatchReason('unvaccinated child', 'criança vacinada', via)).toBe('different negation');
    // A Portuguese não/sem with no negation on the English side.
    expect(mismatchReason('smoking mother', 'mãe não fumante', via)).toBe('different negation');
    expect(mismatchReason('treated patient', 'paciente sem tratamento', via)).toBe('different negation');
    // Negated on both sides, whatever the means.
    expect(mismatchReason('non-smoking mother', 'mãe não fumante', via)).toBeUndefined();
    expect(mismatchReason('non-smoking mother', 'mãe não-fumante', via)).toBeUndefined();
    expect(mismatchReason('unvaccinated child', 'criança não vacinada', via)).toBeUndefined();
    expect(mismatchReason('untreated patient', 'paciente sem tratamento', via)).toBeUndefined();
    expect(mismatchReason('unknown origin', 'origem desconhecida', via)).toBeUndefined();
    expect(mismatchReason('nonspecific symptom', 'sintoma inespecífico', via)).toBeUndefined();
    expect(mismatchReason('unstable angina', 'angina instável', via)).toBeUndefined();
    // An un- adjective may have a Portuguese equivalent with no prefix; a participle may not.
    expect(mismatchReason('uncommon finding', 'achado raro', via)).toBeUndefined();
    expect(mismatchReason('unexplained fever', 'febre explicada', via)).toBe('different negation');
    expect(mismatchReason('painless lesion', 'lesão sem dor', via)).toBeUndefined();
    // Words that only look negated: uni-, a short remainder.
    expect(mismatchReason('unilateral palsy', 'paralisia unilateral', via)).toBeUndefined();
    expect(mismatchReason('intensive care unit', 'unidade de terapia intensiva', via)).toBeUndefined();
    expect(mismatchReason('union', 'união', via)).toBeUndefined();
  });

  it('a single word whose class changes across the pair', () => {
    expect(mismatchReason('relevant', 'relevância', via)).toBe('different word class');
    expect(mismatchReason('obese', 'obesidade', via)).toBe('different word class');
    expect(mismatchReason('pathology', 'patológica', via)).toBe('different word class');
    expect(mismatchReason('religiosity', 'religiosos', via)).toBe('different word class');
    // An adverb on one side only.
    expect(mismatchReason('pulmonary', 'pulmonarmente', via)).toBe('different word class');
    expect(mismatchReason('gradually', 'gradual', via)).toBe('different word class');
    expect(mismatchReason('gradually', 'gradualmente', via)).toBeUndefined();
    expect(mismatchReason('anomaly', 'anomalia', via)).toBeUndefined();
    expect(mismatchReason('dementia', 'demência', via)).toBeUndefined();
    expect(mismatchReason('seed', 'semente', via)).toBeUndefined();
    // Same class on both sides, a noun the tagger reads as an adjective, or a phrase, pass.
    expect(mismatchReason('relevance', 'relevância', via)).toBeUndefined();
    expect(mismatchReason('pathological', 'patológica', via)).toBeUndefined();
    expect(mismatchReason('pandemic', 'pandemia', via)).toBeUndefined();
    expect(mismatchReason('clinic', 'clínica', via)).toBeUndefined();
    expect(mismatchReason('practice', 'prática', via)).toBeUndefined();
    expect(mismatchReason('clinical relevance', 'relevância clínica', via)).toBeUndefined();
    // Nouns in -ica or -iva, and gerunds, are nouns.
    expect(mismatchReason('treatment', 'terapêutica', via)).toBeUndefined();
    expect(mismatchReason('approximation', 'aproximativa', via)).toBeUndefined();
    expect(mismatchReason('remodeling', 'remodelação', via)).toBeUndefined();
  });

  it('one stem with a suffix of another class or concept on one side only', () => {
    // An English adjective against the Portuguese noun (a word Portuguese has in one gender only).
    expect(mismatchReason('staphylococcal', 'estafilococo', via)).toBe('different word class');
    expect(mismatchReason('meningococcal', 'meningococos', via)).toBe('different word class');
    // An English noun against a Portuguese adjective made from it.
    expect(mismatchReason('cyst', 'cístico', via)).toBe('different word class');
    expect(mismatchReason('allergen', 'alergênico', via)).toBe('different word class');
    // An agent against the disease named after it.
    expect(mismatchReason('enteroviruses', 'enteroviroses', via)).toBe('different word class');
    expect(mismatchReason('parasites', 'parasitoses', via)).toBe('different word class');
    // Adjectives Portuguese inflects in both genders, nouns of one class on both sides, agents and diseases on both sides.
    for (const [en, pt] of [['maternal', 'materno'], ['atypical', 'atípico'], ['cutaneous', 'cutâneo'], ['music', 'música'], ['antibiotic', 'antibiótico'], ['tuberculosis', 'tuberculose'], ['herpesviruses', 'herpesvírus'], ['glucose', 'glicose']] as const) {
      expect(mismatchReason(en, pt, via)).toBeUndefined();
    }
  });

  it('a Portuguese side holding a verb in the third person plural: a clause or a verb form', () => {
    expect(mismatchReason('mosquitoes carry virus', 'mosquitos carregam vírus', via)).toBe('different word class');
    expect(mismatchReason('cells divide', 'células dividem', via)).toBe('different word class');
    expect(mismatchReason('contain', 'contêm', via)).toBe('different word class');
    // Nouns in -gem and -dem, and English copied over, are no verbs.
    expect(mismatchReason('surgical margin', 'margem cirúrgica', via)).toBeUndefined();
    expect(mismatchReason('mental disorder', 'desordem mental', via)).toBeUndefined();
    expect(mismatchReason('immune system', 'immune system', via)).toBeUndefined();
  });
});

describe('buildGlossary with a mismatched pair', () => {
  function doc(id: string, pairs: Array<[string, string]>): DocumentTerms {
    const evidence: TermPairEvidence[] = pairs.map(([en, pt], i) => ({ en, pt, enKey: en, ptKey: pt, type: 'term', local: 0.9, via: ['cognate'], doc: id, example: i }));
    return {
      doc: id,
      pairs: pairs.length,
      pairTerms: pairs.map(([en, pt]) => ({ en: [en], pt: [pt] })),
      surfaces: { en: {}, pt: {} },
      evidence,
      examples: pairs.map(([en, pt]) => ({ en: `${en} here`, pt: `${pt} aqui` })),
    };
  }

  it('holds the mismatched pair back and gives the English to a candidate of the right class', () => {
    const docs = ['a', 'b', 'c'].map((id) => doc(id, [['fluorescent', 'fluorescência'], ['fluorescent', 'fluorescência'], ['fluorescent', 'fluorescente']]));
    const g = buildGlossary(docs, { association: false });
    expect(g.entries.find((e) => e.en === 'fluorescent')?.pt).toBe('fluorescente');
    expect(g.candidates.find((e) => e.pt === 'fluorescência')?.reason).toBe('different word class');
  });
});
