import { describe, expect, it } from 'vitest';
import { nounSenses, wordnetTablePath } from '../../src/lang/wordnet.js';

describe('WordNet as the glossary reads it', () => {
  it('gives the lexicographer file of a noun lemma’s commonest sense', () => {
    expect(nounSenses('disease')?.first).toBe('noun.state');
    expect(nounSenses('heterogeneity')?.first).toBe('noun.attribute');
    // An adjective only: no noun senses.
    expect(nounSenses('renal')).toBeUndefined();
  });

  it('tells a sense below a medical class, or of the body, from general ones', () => {
    // Commonest sense an act, but one sense below `medical procedure`.
    expect(nounSenses('debridement')).toMatchObject({ first: 'noun.act', medical: true });
    expect(nounSenses('histology')?.medical).toBe(true);
    expect(nounSenses('cortex')?.medical).toBe(true);
    expect(nounSenses('heterogeneity')?.medical).toBe(false);
    expect(nounSenses('orientation')?.medical).toBe(false);
  });

  it('gives the type a commonest sense strictly below a type class names', () => {
    expect(nounSenses('leprosy')?.kind).toBe('diagnosis');
    expect(nounSenses('arthroscopy')?.kind).toBe('term');
    // The class's own lemma names the kind, not a disease; a season first is no fall.
    expect(nounSenses('ill health')?.kind).toBeUndefined();
    expect(nounSenses('fall')?.kind).toBeUndefined();
    expect(nounSenses('colonoscopy')?.kind).toBeUndefined();
  });

  it('names its compiled table by the class lists it was compiled with, so a stale one is never read', () => {
    const lists = [[['surgery']], [['diagnosis', ['ill_health']]]];
    expect(wordnetTablePath(lists)).toBe(wordnetTablePath(structuredClone(lists)));
    expect(wordnetTablePath([[['surgery']], [['diagnosis', ['disease']]]])).not.toBe(wordnetTablePath(lists));
    expect(wordnetTablePath(lists)).toMatch(/wordnet-[0-9a-f]{12}-[\d.]+\.nouns\.tsv$/);
  });
});
