import { describe, expect, it } from 'vitest';
import { brazilianSpelling } from '../../src/glossary/variants.js';
import { buildGlossary } from '../../src/glossary/build.js';
import type { DocumentTerms, TermPairEvidence } from '../../src/types.js';

describe('spelling variants', () => {
  it('gives the Brazilian current spelling and the kind of the one written', () => {
    expect(brazilianSpelling('cefaléia')).toEqual({ form: 'cefaleia', kind: 'pre-reform' });
    expect(brazilianSpelling('freqüência cardíaca')).toEqual({ form: 'frequência cardíaca', kind: 'pre-reform' });
    expect(brazilianSpelling('doença crónica')).toEqual({ form: 'doença crônica', kind: 'european' });
    expect(brazilianSpelling('hipotiroidismo')).toEqual({ form: 'hipotireoidismo', kind: 'european' });
    expect(brazilianSpelling('anémia')).toEqual({ form: 'anemia', kind: 'european' });
    expect(brazilianSpelling('dor crônica')).toEqual({ form: 'dor crônica' });
  });

  it('drops a silent consonant only into a word the corpus writes too: Brazil keeps the ones it pronounces', () => {
    expect(brazilianSpelling('ressecção completa')).toEqual({ form: 'ressecção completa' });
    expect(brazilianSpelling('acção', (w) => w === 'ação')).toEqual({ form: 'ação', kind: 'european' });
    expect(brazilianSpelling('acção')).toEqual({ form: 'acção' });
  });
});

function evidence(doc: string, en: string, pt: string, ptKey: string, via = 'cognate'): TermPairEvidence {
  return { en, pt, enKey: en, ptKey, type: 'diagnosis', typedBy: 'entity', local: 0.95, via: [via], doc, example: 0 };
}

function doc(id: string, evs: TermPairEvidence[]): DocumentTerms {
  return {
    doc: id,
    pairs: evs.length,
    pairTerms: evs.map((e) => ({ en: [e.enKey], pt: [e.ptKey] })),
    surfaces: { en: {}, pt: {} },
    evidence: evs.map((e, i) => ({ ...e, example: i })),
    examples: evs.map((e) => ({ en: `The ${e.en} came back.`, pt: `A ${e.pt} voltou.`, score: 0.9 })),
  };
}

describe('variants under one entry', () => {
  it('records a pre-reform spelling under the Brazilian entry, never as an entry of its own', () => {
    const g = buildGlossary([
      doc('d1', [evidence('d1', 'headache', 'cefaléia', 'cefaleia'), evidence('d1', 'headache', 'cefaléia', 'cefaleia')]),
      doc('d2', [evidence('d2', 'headache', 'cefaleia', 'cefaleia')]),
    ]);
    const all = [...g.entries, ...g.candidates].filter((e) => e.en === 'headache');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ pt: 'cefaleia', variants: [{ lang: 'pt', form: 'cefaléia', kind: 'pre-reform', count: 2 }] });
  });

  it('records another translation the corpus uses as a variant of the entry', () => {
    const g = buildGlossary([
      doc('d1', [evidence('d1', 'migraine', 'enxaqueca', 'enxaqueca'), evidence('d1', 'migraine', 'enxaqueca', 'enxaqueca'), evidence('d1', 'migraine', 'enxaqueca', 'enxaqueca')]),
      doc('d2', [evidence('d2', 'migraine', 'migrânea', 'migranea'), evidence('d2', 'migraine', 'migrânea', 'migranea')]),
    ]);
    const migraine = g.entries.filter((e) => e.en === 'migraine');
    expect(migraine).toHaveLength(1);
    expect(migraine[0]).toMatchObject({ pt: 'enxaqueca', variants: [{ form: 'migrânea', kind: 'corpus', count: 2 }] });
    expect(g.candidates.filter((e) => e.en === 'migraine')).toEqual([]);
  });
});
