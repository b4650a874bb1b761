import { describe, expect, it } from 'vitest';
import { isMedicalDomain, wordSenses } from '../../scripts/eval/review/_wordnet-meaning.js';

/** Read by the term-model eval only, from the package's files (scripts/eval/review/_wordnet-meaning.ts). */
describe('WordNet as the term-model eval reads it', () => {
  it('gives the topic domains of any sense, noun or adjective, as the lemma’s own word has them', () => {
    expect(wordSenses('regression')?.domains).toEqual(expect.arrayContaining(['statistics', 'psychiatry']));
    expect(wordSenses('prevalence')?.domains).toContain('epidemiology');
    expect(wordSenses('epidemic')?.domains).toContain('medicine');
    expect(wordSenses('disease')?.domains).toEqual([]);
    expect(isMedicalDomain('statistics')).toBe(true);
    expect(isMedicalDomain('linguistics')).toBe(false);
  });

  it('gives the nouns an adjective pertains to, only where the pointer leaves from that adjective', () => {
    expect(wordSenses('renal')).toMatchObject({ pertains: ['kidney'] });
    expect(wordSenses('renal')?.noun).toBeUndefined();
    expect(wordSenses('cardiovascular')?.pertains).toEqual(['blood vessel']);
    // `systematic` shares a synset with `taxonomic`, whose pointer to `taxonomy` is that word's alone.
    expect(wordSenses('systematic')?.pertains).toEqual([]);
    expect(wordSenses('qwertyuiop')).toBeUndefined();
  });

  it('gives a noun lemma its noun senses beside its domains', () => {
    expect(wordSenses('debridement')?.noun).toMatchObject({ first: 'noun.act', medical: true });
  });
});
