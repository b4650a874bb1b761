import { describe, expect, it } from 'vitest';
import { capitalisedNames, nameCase } from '../../src/glossary/name-case.js';
import { runningTextCase } from '../../src/glossary/dictionary-form.js';

const running = [{ en: 'Skin lesions with Trichosporon were seen.', pt: 'Lesões de pele por Trichosporon foram vistas.' }];

describe('Latin names keep their capital', () => {
  it('a genus both languages write alike with its capital in running text, and never in small letters inside a phrase', () => {
    // The small-letter form stands for a sentence-initial occurrence, lowered when the candidate was taken.
    const names = capitalisedNames(['Trichosporon', 'trichosporon'], ['Trichosporon'], running);
    // The dictionaries have it in small letters: the heading rule lowers it, the corpus gives the capital back.
    const low = runningTextCase('Trichosporon', 'Trichosporon');
    expect(low).toEqual({ en: 'trichosporon', pt: 'trichosporon' });
    expect([nameCase(low.en, names), nameCase(low.pt, names)]).toEqual(['Trichosporon', 'Trichosporon']);
  });

  it('not a word in small letters somewhere, one the languages write differently, or one seen only opening a sentence or in a title', () => {
    expect([...capitalisedNames(['Trichosporon', 'invasive trichosporon'], ['Trichosporon'], running)]).toEqual([]);
    expect([...capitalisedNames(['Trichosporon'], ['Trichosporon'], [{ en: 'Trichosporon grew.', pt: 'Trichosporon cresceu.' }])]).toEqual([]);
    expect([...capitalisedNames(['Trichosporon'], ['Trichosporon'], [{ en: 'Skin And Trichosporon', pt: 'Pele e trichosporon' }])]).toEqual([]);
    // A general English word is a heading's capital.
    expect([...capitalisedNames(['Nursing'], ['Nursing'], [{ en: 'the Nursing team', pt: 'a Nursing equipe' }])]).toEqual([]);
  });

  it('a family by its Latin ending', () => {
    expect(nameCase('streptomycetaceae', new Set())).toBe('Streptomycetaceae');
    expect(nameCase('bacteria of streptomycetaceae', new Set())).toBe('bacteria of Streptomycetaceae');
  });
});
