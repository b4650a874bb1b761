import { describe, expect, it } from 'vitest';
import { firstSense, hasMedicalSense, inWordNet } from '../../src/lang/wordnet.js';

describe('WordNet as the glossary reads it', () => {
  it('gives the lexicographer file of a lemma’s commonest sense', () => {
    expect(firstSense('disease', 'noun')).toBe('noun.state');
    expect(firstSense('heterogeneity', 'noun')).toBe('noun.attribute');
    expect(firstSense('renal', 'adj')).toBe('adj.pert');
    expect(firstSense('renal', 'noun')).toBeUndefined();
  });

  it('tells a sense below a medical class, or of the body, from general ones', () => {
    // Commonest sense an act, but one sense below `medical procedure`.
    expect(firstSense('debridement', 'noun')).toBe('noun.act');
    expect(hasMedicalSense('debridement')).toBe(true);
    expect(hasMedicalSense('histology')).toBe(true);
    expect(hasMedicalSense('cortex')).toBe(true);
    expect(hasMedicalSense('heterogeneity')).toBe(false);
    expect(hasMedicalSense('orientation')).toBe(false);
  });

  it('lists lexicalised phrases, not free combinations', () => {
    expect(inWordNet('mental health')).toBe(true);
    expect(inWordNet('institutional structure')).toBe(false);
  });
});
