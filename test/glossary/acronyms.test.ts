import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFINITION, definitionOf, findAcronyms } from '../../src/glossary/acronyms.js';

describe('acronyms', () => {
  it('finds the long form before a parenthesised acronym', () => {
    expect(findAcronyms('In systemic lupus erythematosus (SLE), the formation is rare.')).toEqual([{ short: 'SLE', long: 'systemic lupus erythematosus' }]);
    expect(findAcronyms('A velocidade de hemossedimentação (VHS) estava alta.')).toEqual([{ short: 'VHS', long: 'velocidade de hemossedimentação' }]);
  });

  it('ignores parentheses that are not acronyms of the words before', () => {
    expect(findAcronyms('The patient (female) was seen (Figures 1 and 2).')).toEqual([]);
    expect(findAcronyms('Serum levels were normal (TGO).')).toEqual([]);
  });
});

describe('acronyms over whole texts', () => {
  // findAcronyms as first written: the definition pattern run over the whole text.
  // A fresh copy: the module's own pattern keeps the lastIndex of its last use.
  const reference = (text: string) => [...text.matchAll(new RegExp(DEFINITION))].map(definitionOf).filter((d) => d !== undefined);

  it('finds what the pattern finds over the whole text, wherever the parentheses fall', () => {
    const piece = fc.constantFrom(
      'systemic lupus erythematosus ', 'lúpus eritematoso sistêmico', 'de', 'SLE', 'p', '(', ')', ' ', '  ', '\t', '\n', '-', "'", ',', '.', '1', '𝐀',
      '( SLE )', '(SLE)', '(LES)', '(p < 0.05)', 'A-B', 'Sle',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(findAcronyms(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
