import { describe, expect, it } from 'vitest';
import { dictionarySpelling } from '../../src/glossary/misspelling.js';

describe('a Portuguese word the dictionary lacks, spelled right elsewhere in the corpus', () => {
  it('takes the spelling the dictionary has when a form of the pair writes it', () => {
    expect(dictionarySpelling('infeccão urinária', ['infeccão urinária', 'infecção urinária'])).toBe('infecção urinária');
    expect(dictionarySpelling('pressao arterial', ['pressao arterial', 'pressões arteriais', 'pressão arterial'])).toBe('pressão arterial');
    // A capital the word was written with is kept.
    expect(dictionarySpelling('Coracão artificial', ['Coracão artificial', 'coração artificial'])).toBe('Coração artificial');
  });

  it('leaves a word the dictionary has, and a missing word no form spells right', () => {
    expect(dictionarySpelling('pressão arterial', ['pressão arterial', 'pressao arterial'])).toBe('pressão arterial');
    expect(dictionarySpelling('infeccão urinária', ['infeccão urinária'])).toBe('infeccão urinária');
    // A slip that is itself a word of the dictionary (`diagnostico`, a verb form) is no slip it can tell.
    expect(dictionarySpelling('diagnostico precoce', ['diagnostico precoce', 'diagnóstico precoce'])).toBe('diagnostico precoce');
    // Another word with the same letters is no spelling of this one.
    expect(dictionarySpelling('intraclasse', ['intraclasse', 'intra classe'])).toBe('intraclasse');
  });
});
