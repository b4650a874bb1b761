import { describe, expect, it } from 'vitest';
import { nounSenses } from '../../src/lang/wordnet.js';

describe('WordNet as the glossary reads it', () => {
  it('gives the lexicographer file of a noun lemma’s commonest sense', () => {
    expect(nounSenses('disease')?.first).toBe('noun.state');
    expect(nounSenses('heterogeneity')?.first).toBe('noun.attribute');
    // An adjective only: no noun senses.
    expect(nounSenses('renal')).toBeUndefined();
  });

  it('tells a sense below a medical class, or of the body, from general ones', () => {
    // Commonest sense an act, but one sense below `medical procedure`.
    expect(nounSenses('debridement')).toEqual({ first: 'noun.act', medical: true });
    expect(nounSenses('histology')?.medical).toBe(true);
    expect(nounSenses('cortex')?.medical).toBe(true);
    expect(nounSenses('heterogeneity')?.medical).toBe(false);
    expect(nounSenses('orientation')?.medical).toBe(false);
  });
});
