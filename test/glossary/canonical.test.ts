import { describe, expect, it, vi } from 'vitest';
import { wordList } from '../../src/lang/dictionary.js';
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

  it('finds the adjective standing alone whatever number or gender the sentence left it in', () => {
    // An adjective the tagger reads by its ending, the lexicon lacking it: its Portuguese masculine is in the dictionary.
    expect(partOfSpeech('paternal', 'paterna')).toBe('adjective');
    expect(canonicalPortuguese('paterna', partOfSpeech('paternal', 'paterna'))).toBe('paterno');
    // A Portuguese plural beside an English word general English and compromise lack: no English adjective has a plural.
    expect(partOfSpeech('hyperobese', 'hiperobesos')).toBe('adjective');
    expect(canonicalPortuguese('hiperobesos', partOfSpeech('hyperobese', 'hiperobesos'))).toBe('hiperobeso');
    // An invariable adjective keeps its form where its masculine is a seldom-written dictionary word.
    expect(canonicalPortuguese('indígena', partOfSpeech('indigenous', 'indígena'))).toBe('indígena');
    // Nouns stay nouns.
    expect(partOfSpeech('layer', 'camada')).toBe('noun');
    expect(partOfSpeech('epilepsy', 'epilepsia')).toBe('noun');
  });

  it('puts an adjective the dictionary lists only in the feminine in the masculine by its ending', () => {
    const pt = wordList('pt');
    const has = pt.has.bind(pt);
    const spy = vi.spyOn(pt, 'has').mockImplementation((w: string) => w === 'quadrivariada' || has(w));
    try {
      expect(partOfSpeech('quadrivariate', 'quadrivariada')).toBe('adjective');
      expect(canonicalPortuguese('quadrivariada', 'adjective')).toBe('quadrivariado');
      // A noun is left alone.
      expect(canonicalPortuguese('quadrivariada', 'noun')).toBe('quadrivariada');
    } finally {
      spy.mockRestore();
    }
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
