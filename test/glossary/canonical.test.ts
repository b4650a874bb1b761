import { describe, expect, it } from 'vitest';
import { canonicalPortuguese, grammaticalGender, partOfSpeech } from '../../src/glossary/canonical.js';

describe('canonical forms', () => {
  it('puts a Portuguese adjective standing alone in the masculine singular', () => {
    expect(canonicalPortuguese('positiva', 'adjective')).toBe('positivo');
    expect(canonicalPortuguese('sistólicas', 'adjective')).toBe('sistólico');
    expect(canonicalPortuguese('cutânea', 'adjective')).toBe('cutâneo');
    expect(canonicalPortuguese('materna', 'adjective')).toBe('materno');
    // Invariable adjectives, nouns and phrases stay as they are.
    expect(canonicalPortuguese('renal', 'adjective')).toBe('renal');
    expect(canonicalPortuguese('vacina', 'noun')).toBe('vacina');
    expect(canonicalPortuguese('dor crônica', 'noun')).toBe('dor crônica');
  });

  it('puts each element of a compound adjective in the masculine', () => {
    expect(canonicalPortuguese('hipóxica-isquêmica', 'adjective')).toBe('hipóxico-isquêmico');
    expect(canonicalPortuguese('hemolítico-urêmica', 'adjective')).toBe('hemolítico-urêmico');
    expect(canonicalPortuguese('meticilino-resistente', 'adjective')).toBe('meticilino-resistente');
  });

  it('puts each element of a compound adjective in the singular, and a prefixed adjective the dictionary lacks by its ending', () => {
    expect(canonicalPortuguese('pró-inflamatórias', 'adjective')).toBe('pró-inflamatório');
    expect(canonicalPortuguese('étnico-raciais', 'adjective')).toBe('étnico-racial');
    expect(canonicalPortuguese('miduretrais', 'adjective')).toBe('miduretral');
    expect(canonicalPortuguese('cardiometabólicas', 'adjective')).toBe('cardiometabólico');
    expect(canonicalPortuguese('infantis', 'adjective')).toBe('infantil');
    // Only the last element is read by its ending alone: a first element the dictionary lacks stays.
    expect(canonicalPortuguese('docosa-hexaenoico', 'adjective')).toBe('docosa-hexaenoico');
  });

  it('reads an adjective from its Portuguese where compromise only guesses at the English', () => {
    expect(partOfSpeech('univariate', 'univariada')).toBe('adjective');
    expect(partOfSpeech('multisystem', 'multissistêmica')).toBe('adjective');
    expect(partOfSpeech('infantile', 'infantis')).toBe('adjective');
    expect(partOfSpeech('robust', 'robusta')).toBe('adjective');
    // Nouns stay nouns: an English noun of the lexicon, a plural, a word both languages write, a noun the tagger calls an adjective.
    expect(partOfSpeech('technique', 'técnica')).toBe('noun');
    expect(partOfSpeech('covariates', 'covariáveis')).toBe('noun');
    expect(partOfSpeech('aeruginosa', 'aeruginosa')).toBe('noun');
    expect(partOfSpeech('epilepsy', 'epilepsia')).toBe('noun');
  });

  it('reads the part of speech from the English, checked against the Portuguese', () => {
    expect(partOfSpeech('positive', 'positivo')).toBe('adjective');
    expect(partOfSpeech('chronic pain', 'dor crônica')).toBe('noun');
    expect(partOfSpeech('prevalence', 'prevalência')).toBe('noun');
    // compromise reads `pandemic` as an adjective; its Portuguese is a noun.
    expect(partOfSpeech('pandemic', 'pandemia')).toBe('noun');
    expect(partOfSpeech('HIV', 'HIV')).toBe('noun');
  });

  it('gives the gender of a Portuguese noun from an agreeing adjective, a listed word or its ending', () => {
    expect(grammaticalGender('dor crônica')).toBe('feminine');
    expect(grammaticalGender('dor')).toBe('feminine');
    expect(grammaticalGender('edema')).toBe('masculine');
    expect(grammaticalGender('infecções')).toBe('feminine');
    expect(grammaticalGender('tratamento')).toBe('masculine');
    expect(grammaticalGender('fatores de risco')).toBe('masculine');
    expect(grammaticalGender('paciente')).toBe('other');
    expect(grammaticalGender('DPOC')).toBeUndefined();
  });
});
