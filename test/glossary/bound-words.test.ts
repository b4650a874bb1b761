import { describe, expect, it } from 'vitest';
import { isBoundFragment, isCutCompound, isCutPhrase, isGluedMetalinguisticNoun, isHeadlessCompound } from '../../src/glossary/bound-words.js';
import type { Placement } from '../../src/glossary/nesting.js';

const placed = (p: Partial<Placement>): Placement => ({ alone: false, ending: 0, inside: 0, before: new Set(), ...p });

describe('fragments bound to the rest of a term', () => {
  it('holds an eponym or a chain of names seen only before a head', () => {
    expect(isBoundFragment('cox', 'Cox', placed({ inside: 4 }), 'noun')).toBe(true);
    expect(isBoundFragment('Mann-Whitney', 'Mann-Whitney', placed({ inside: 1 }), 'noun')).toBe(true);
    expect(isBoundFragment('renin-angiotensin-aldosterone', 'renina-angiotensina-aldosterona', placed({ inside: 1 }), 'noun')).toBe(true);
  });

  it('holds a Latin epithet copied untranslated, always after one word', () => {
    expect(isBoundFragment('influenzae', 'influenzae', placed({ ending: 2, before: new Set(['haemophilus']) }), 'noun')).toBe(true);
  });

  it('holds a Latin tail general English lists but WordNet has no noun of', () => {
    expect(isBoundFragment('pectoris', 'pectoris', placed({ ending: 3, before: new Set(['angina']) }), 'noun')).toBe(true);
    // A word with senses of its own stays (`herpes zoster`'s `zoster` is a noun of WordNet).
    expect(isBoundFragment('zoster', 'zoster', placed({ ending: 3, before: new Set(['herpes']) }), 'noun')).toBe(false);
  });

  it('holds a Latin adjective after its noun, put into a Portuguese adjective', () => {
    expect(isBoundFragment('vulgaris', 'vulgar', placed({ ending: 2, before: new Set(['pemphigus']) }), 'noun')).toBe(true);
    expect(isBoundFragment('erythematosus', 'eritematoso', placed({ ending: 1, before: new Set(['lupus']) }), 'noun')).toBe(true);
    expect(isBoundFragment('migrans', 'migratório', placed({ ending: 1, before: new Set(['erythema']) }), 'noun')).toBe(true);
    // A noun whose Portuguese is no adjective is a head of its own; so is an adjective seen alone.
    expect(isBoundFragment('pyelonephritis', 'pielonefrite', placed({ ending: 1, before: new Set(['acute']) }), 'noun')).toBe(false);
    expect(isBoundFragment('norovirus', 'norovírus', placed({ ending: 2, before: new Set(['human']) }), 'noun')).toBe(false);
    expect(isBoundFragment('vulgaris', 'vulgar', placed({ alone: true, ending: 2, before: new Set(['pemphigus']) }), 'noun')).toBe(false);
    // After different words: not bound to one name.
    expect(isBoundFragment('vulgaris', 'vulgar', placed({ ending: 2, before: new Set(['pemphigus', 'acne']) }), 'noun')).toBe(false);
  });

  it('holds an eponym without its head, wherever it stood', () => {
    expect(isBoundFragment('Wexler-Brennholtz', 'Wexler-Brennholtz', placed({ alone: true }), 'noun')).toBe(true);
    expect(isBoundFragment('Wexler-Brennholtz', 'Wexler-Brennholtz', undefined, 'noun')).toBe(true);
    expect(isBoundFragment('brennholtz', 'Brennholtz', placed({ alone: true }), 'noun')).toBe(true);
    // Translated, or a word of English, or written alike in small letters: not a bare name.
    expect(isBoundFragment('Wexler-Brennholtz', 'teste de Wexler-Brennholtz', placed({ alone: true }), 'noun')).toBe(false);
    expect(isBoundFragment('candida', 'Candida', placed({ alone: true }), 'noun')).toBe(false);
    expect(isBoundFragment('brennholtz', 'brennholtz', placed({ alone: true }), 'noun')).toBe(false);
  });

  it('keeps words of their own', () => {
    // Stood alone somewhere.
    expect(isBoundFragment('cox', 'Cox', placed({ alone: true, inside: 3 }), 'noun')).toBe(false);
    // An adjective stands before its noun by nature.
    expect(isBoundFragment('renal', 'renal', placed({ inside: 3 }), 'adjective')).toBe(false);
    // Translated: a word of the language, seen inside a longer term.
    expect(isBoundFragment('ketoacidosis', 'cetoacidose', placed({ ending: 1, before: new Set(['diabetic']) }), 'noun')).toBe(false);
    // After different words.
    expect(isBoundFragment('influenzae', 'influenzae', placed({ ending: 2, before: new Set(['haemophilus', 'h']) }), 'noun')).toBe(false);
    // A symbol with capitals inside, and an acronym, are not names.
    expect(isBoundFragment('IgE', 'IgE', placed({ inside: 2 }), 'noun')).toBe(false);
    expect(isBoundFragment('CSF', 'LCR', placed({ inside: 2 }), 'noun')).toBe(false);
    // A word of general English copied alike (`vena cava`'s `cava` is not one; `index` is).
    expect(isBoundFragment('index', 'index', placed({ ending: 1, before: new Set(['body']) }), 'noun')).toBe(false);
  });
});

describe('phrases cut at a modifier', () => {
  it('holds an English phrase ending on an adjective that only stands inside longer candidates', () => {
    expect(isCutPhrase('neonatal intensive', 'intensiva neonatal', placed({ inside: 2 }))).toBe(true);
    expect(isCutPhrase('cardiac surgical', 'cirúrgica cardíaca', placed({ ending: 1, before: new Set(['x']) }))).toBe(true);
  });

  it('holds a Portuguese side opening on the equivalent of an English modifier, then de', () => {
    expect(isCutPhrase('annual vaccination', 'anual de vacinação', placed({ alone: true }))).toBe(true);
    expect(isCutPhrase('systematic literature', 'sistemática da literatura', undefined)).toBe(true);
    expect(isCutPhrase('chronic global pain', 'global de dor crônica', undefined)).toBe(true);
    // A hyphenated modifier, copied: the Portuguese is a piece of `infusão intra-arterial de heparina`.
    expect(isCutPhrase('intra-arterial heparin', 'intra-arterial de heparina', placed({ alone: true }))).toBe(true);
  });

  it('keeps noun phrases', () => {
    // The English stood alone somewhere: a phrase of its own however its last word is tagged.
    expect(isCutPhrase('neonatal intensive', 'intensiva neonatal', placed({ alone: true, inside: 2 }))).toBe(false);
    // Headed by a noun on both sides.
    expect(isCutPhrase('renal failure', 'insuficiência renal', placed({ inside: 2 }))).toBe(false);
    expect(isCutPhrase('medical student', 'estudante de medicina', placed({ alone: true }))).toBe(false);
    // The Portuguese opens on the head, the English head's cognate (`professional`), not a modifier's.
    expect(isCutPhrase('nursing professional', 'profissional de enfermagem', placed({ alone: true }))).toBe(false);
    expect(isCutPhrase('diagnostic criterion', 'critério de diagnóstico', placed({ alone: true }))).toBe(false);
    expect(isCutPhrase('renal', 'renal', placed({ inside: 3 }))).toBe(false);
  });
});

describe('a relational compound adjective without its head', () => {
  it('holds a term ending on a compound of -type, -specific, -induced and the like', () => {
    expect(isHeadlessCompound('tissue-type')).toBe(true);
    expect(isHeadlessCompound('antigen-specific')).toBe(true);
    expect(isHeadlessCompound('recombinant tissue-type')).toBe(true);
    expect(isHeadlessCompound('Drug-Induced')).toBe(true);
    expect(isHeadlessCompound('community-based')).toBe(true);
  });

  it('keeps the compound with its head, a property adjective, and a hyphenated noun', () => {
    expect(isHeadlessCompound('tissue-type plasminogen activator')).toBe(false);
    expect(isHeadlessCompound('vancomycin-resistant')).toBe(false);
    expect(isHeadlessCompound('HIV-positive')).toBe(false);
    expect(isHeadlessCompound('follow-up')).toBe(false);
    expect(isHeadlessCompound('specific')).toBe(false);
    expect(isHeadlessCompound('-like')).toBe(false);
    // A compound of those endings that is a noun of its own.
    expect(isHeadlessCompound('wild-type')).toBe(false);
    expect(isHeadlessCompound('virus wild-type')).toBe(false);
  });
});

describe('a noun that talks about words glued before a term', () => {
  it('holds the term with the word named on both sides', () => {
    expect(isGluedMetalinguisticNoun('term delirium', 'termo delirium')).toBe(true);
    expect(isGluedMetalinguisticNoun('acronym WHO', 'sigla OMS')).toBe(true);
    expect(isGluedMetalinguisticNoun('Word anemia', 'palavra anemia')).toBe(true);
  });

  it('keeps a term whose Portuguese does not open on such a noun, the noun alone, and gene expression', () => {
    // `term` of a birth at term is translated by a phrase after the head.
    expect(isGluedMetalinguisticNoun('term infant', 'recém-nascido a termo')).toBe(false);
    expect(isGluedMetalinguisticNoun('term', 'termo')).toBe(false);
    expect(isGluedMetalinguisticNoun('expression of p53', 'expressão de p53')).toBe(false);
    // A noun with its complement names a document, no word: the consent form.
    expect(isGluedMetalinguisticNoun('term of free and informed consent', 'termo de consentimento livre e esclarecido')).toBe(false);
  });
});

describe('a phrase cut out of a compound the general dictionary lists', () => {
  it('is a fragment where it only ends longer candidates after the compound\'s first word', () => {
    expect(isCutCompound('node metastasis', placed({ ending: 3, before: new Set(['lymph']) }))).toBe(true);
    expect(isCutCompound('valve disease', placed({ ending: 1, before: new Set(['heart']) }))).toBe(true);
  });

  it('is left to the other measures where it is a compound itself, stood alone, or follows other words', () => {
    // WordNet lists the phrase itself.
    expect(isCutCompound('nerve fiber', placed({ ending: 2, before: new Set(['optic']) }))).toBe(false);
    // The word before makes no compound with the phrase's first word.
    expect(isCutCompound('valve disease', placed({ ending: 1, before: new Set(['chronic']) }))).toBe(false);
    // Stood alone somewhere, seen inside a longer candidate too, or after two different words.
    expect(isCutCompound('node metastasis', placed({ alone: true, ending: 3, before: new Set(['lymph']) }))).toBe(false);
    expect(isCutCompound('node metastasis', placed({ ending: 3, inside: 1, before: new Set(['lymph']) }))).toBe(false);
    expect(isCutCompound('node metastasis', placed({ ending: 3, before: new Set(['lymph', 'sentinel']) }))).toBe(false);
    // One word, or no placement.
    expect(isCutCompound('metastasis', placed({ ending: 3, before: new Set(['node']) }))).toBe(false);
    expect(isCutCompound('node metastasis', undefined)).toBe(false);
  });
});
