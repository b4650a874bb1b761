import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/build.js';
import { KEYWORD_TERMHOOD } from '../../src/glossary/keywords.js';
import type { DocumentTerms, KeywordPair, TermPairEvidence } from '../../src/types.js';

function evidence(doc: string, en: string, pt: string, local: number): TermPairEvidence {
  return { en, pt, enKey: en, ptKey: pt, type: 'term', local, via: ['cognate'], doc, example: 0 };
}

function kw(en: string, pt: string, evidence = 1, ptKey = pt.normalize('NFD').replace(/\p{M}/gu, '')): KeywordPair {
  return { en, pt, enKey: en, ptKey, evidence };
}

function doc(id: string, found: TermPairEvidence[], keywords?: KeywordPair[]): DocumentTerms {
  return {
    doc: id,
    pairs: found.length,
    pairTerms: found.map((e) => ({ en: [e.enKey], pt: [e.ptKey] })),
    surfaces: { en: {}, pt: {} },
    evidence: found,
    examples: [{ en: 'some sentence', pt: 'uma frase' }],
    ...(keywords ? { keywords } : {}),
  };
}

describe('keyword pairs in the reduce', () => {
  it('adds a pair the corpus never found, as the strongest evidence, origin keywords', () => {
    const g = buildGlossary([doc('d1', [evidence('d1', 'fibrosis', 'fibrose', 0.9)], [kw('siblings', 'irmãos', 0), kw('pain management', 'tratamento da dor')])]);
    // In dictionary form: descriptor lists write the plural.
    const siblings = g.entries.find((e) => e.en === 'sibling')!;
    expect(siblings).toMatchObject({ pt: 'irmão', origin: 'keywords', count: 1, sources: ['d1'], documents: 1 });
    // backed by word evidence scores above a pair only the lists' order gives
    expect(g.entries.find((e) => e.en === 'pain management')!.score).toBeGreaterThan(siblings.score);
    // An index term ranks below a word a medical vocabulary vouches for: keywords name population groups and general concepts too.
    expect(siblings.termhood).toBe(KEYWORD_TERMHOOD);
    expect(g.entries.find((e) => e.en === 'fibrosis')!.score).toBeGreaterThan(siblings.score);
  });

  it('puts a descriptor in inverted order in natural order, in the singular', () => {
    const g = buildGlossary([doc('d1', [], [kw('Hospitals, Teaching', 'Hospitais de Ensino'), kw('Aged, 80 and over', 'Idoso de 80 Anos ou mais')])]);
    expect(g.entries.find((e) => e.pt === 'hospital de ensino')?.en).toBe('teaching hospital');
    // A modifier that is no words alone stays where the index put it.
    expect(g.entries.some((e) => e.en.toLowerCase() === 'aged, 80 and over')).toBe(true);
  });

  it('strengthens the corpus entry with the same terms and keeps the authors’ spelling', () => {
    const corpus = [evidence('d1', 'coronavirus', 'coronavirus', 0.8), evidence('d1', 'coronavirus', 'coronavirus', 0.8)];
    // The corpus alone holds the pair back (coronavirus without its accent reads as English on the Portuguese side).
    const alone = buildGlossary([doc('d1', corpus)]);
    const without = [...alone.entries, ...alone.candidates][0]!;
    const g = buildGlossary([doc('d1', corpus, [kw('coronavirus', 'coronavírus', 0.9, 'coronavirus')])]);
    expect(g.entries).toHaveLength(1);
    const e = g.entries[0]!;
    expect(e).toMatchObject({ en: 'coronavirus', pt: 'coronavírus', origin: 'keywords', count: without.count + 1 });
    expect(e.score).toBeGreaterThan(without.score);
  });

  it('prefers the keyword’s Portuguese where the corpus paired the English otherwise', () => {
    const corpus = [1, 2, 3].map((k) => doc(`d${k}`, [evidence(`d${k}`, 'severity', 'severidade', 0.95)]));
    const g = buildGlossary([...corpus, doc('d4', [], [kw('severity', 'gravidade', 0)])]);
    expect(g.entries.find((e) => e.en === 'severity')!.pt).toBe('gravidade');
    expect(g.candidates.map((c) => c.pt)).toContain('severidade');
  });

  it('counts each article listing a pair', () => {
    const g = buildGlossary(['d1', 'd2'].map((d) => doc(d, [], [kw('vaccine', 'vacina')])));
    expect(g.entries[0]).toMatchObject({ count: 2, documents: 2, sources: ['d1', 'd2'] });
    expect(g.entries[0]!.score).toBeGreaterThan(buildGlossary([doc('d1', [], [kw('vaccine', 'vacina')])]).entries[0]!.score);
  });
});
