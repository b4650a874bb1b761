import { describe, expect, it } from 'vitest';
import { resolve, type Keyed } from '../../src/glossary/linking.js';

const pair = (en: string, pt: string, more: Partial<Keyed> = {}): Keyed => ({
  id: '',
  en,
  pt,
  enKey: en,
  ptKey: pt,
  type: 'term',
  score: 0.8,
  termhood: 0.8,
  confidence: 0.8,
  count: 2,
  sources: ['d1'],
  examples: [],
  origin: 'corpus',
  ...more,
});

describe('competitive linking', () => {
  it('a right translation held back as no term still holds its words from weaker pairs', () => {
    const g = resolve([pair('severe infection', 'infecção grave', { reason: 'free combination' }), pair('although severe infection', 'infecção grave', { score: 0.7, termhood: 0.7 })], 0.6);
    expect(g.entries).toEqual([]);
    expect(g.candidates.map((c) => [c.en, c.reason])).toEqual([
      ['severe infection', 'free combination'],
      ['although severe infection', 'term held back in another pair'],
    ]);
  });

  it('a pair sharing a held pair\'s English is no variant of it: a candidate, with the held pair named as why', () => {
    const held = pair('severe infection', 'infecção grave', { reason: 'free combination' });
    const other = pair('severe infection', 'quadro infeccioso severo', { score: 0.7, termhood: 0.7, count: 3, via: new Set(['cognate']) });
    const g = resolve([held, other], 0.6);
    expect(g.entries).toEqual([]);
    expect(g.candidates.map((c) => [c.pt, c.reason, c.variants])).toEqual([
      ['infecção grave', 'free combination', undefined],
      ['quadro infeccioso severo', 'term held back in another pair', undefined],
    ]);
  });

  it('a pair held back for its translation or as residue holds nothing', () => {
    const g = resolve([pair('Rio de', 'Rio', { reason: 'fragment' }), pair('Rio', 'Rio', { score: 0.7, termhood: 0.7 })], 0.6);
    expect(g.entries.map((e) => e.en)).toEqual(['Rio']);
  });
});
