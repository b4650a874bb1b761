import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/glossary/acronyms.js';

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
