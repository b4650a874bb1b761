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
