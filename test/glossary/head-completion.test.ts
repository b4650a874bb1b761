import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/build.js';
import { termKey } from '../../src/glossary/inflection.js';
import type { DocumentTerms, TermPairEvidence } from '../../src/types.js';

/**
 * One piece of cognate evidence keyed as the map step keys it, with its own
 * example sentence pair; typed by the entities stage, so that termhood (which
 * a corpus this small cannot measure) lets it be an entry.
 */
function ev(doc: string, en: string, pt: string, local: number): TermPairEvidence {
  return { en, pt, enKey: termKey(en.split(' '), 'en'), ptKey: termKey(pt.split(' '), 'pt'), type: 'diagnosis', typedBy: 'entity', local, via: ['cognate'], doc, example: -1 };
}

function doc(id: string, evidence: TermPairEvidence[]): DocumentTerms {
  return {
    doc: id,
    pairs: evidence.length,
    pairTerms: evidence.map((e) => ({ en: [e.enKey], pt: [e.ptKey] })),
    surfaces: { en: {}, pt: {} },
    evidence: evidence.map((e, i) => ({ ...e, example: i })),
    examples: evidence.map((e) => ({ en: `the ${e.en} was seen`, pt: `o ${e.pt} foi visto` })),
  };
}

/** A confident pair of modifiers seen in two documents, and the phrases of one document under the bar. */
function glossary(phrases: Array<[string, string]>, modifiers: Array<[string, string]>) {
  const fragments = (d: string) => modifiers.map(([en, pt]) => ev(d, en, pt, 0.95));
  return buildGlossary([doc('d1', [...fragments('d1'), ...phrases.map(([en, pt]) => ev('d1', en, pt, 0.55))]), doc('d2', fragments('d2'))]);
}

const entry = (g: ReturnType<typeof buildGlossary>, en: string) => g.entries.find((e) => e.en === en);
const held = (g: ReturnType<typeof buildGlossary>, en: string) => g.candidates.find((e) => e.en === en)?.reason;

describe('a head that completes a confident pair of modifiers', () => {
  it('makes the phrase an entry at the confidence bar, the Portuguese head before `de` or the adjectives', () => {
    const g = glossary(
      [
        ['hepatic cyst aspiration', 'aspiração do cisto hepático'],
        ['neonatal renal surveillance', 'vigilância renal neonatal'],
      ],
      [
        ['hepatic cyst', 'cisto hepático'],
        ['neonatal renal', 'renal neonatal'],
      ],
    );
    expect(entry(g, 'hepatic cyst aspiration')).toMatchObject({ pt: 'aspiração do cisto hepático', confidence: 0.6 });
    expect(entry(g, 'neonatal renal surveillance')).toMatchObject({ pt: 'vigilância renal neonatal', confidence: 0.6 });
  });

  it('leaves a word in any other place under the bar: a modifier, a head before `of`, a Portuguese head last', () => {
    const g = glossary(
      [
        ['large hepatic cyst', 'cisto hepático grande'],
        ['aspiration of hepatic cyst', 'aspiração do cisto hepático'],
        ['hepatic cyst wall', 'cisto hepático parede'],
      ],
      [['hepatic cyst', 'cisto hepático']],
    );
    for (const en of ['large hepatic cyst', 'aspiration of hepatic cyst', 'hepatic cyst wall']) expect(held(g, en)).toBe('low confidence');
  });

  it('needs the rest to be a confident pair of its own, and an English head that is no adjective', () => {
    const g = glossary(
      [
        ['hepatic cyst aspiration', 'aspiração do cisto renal'],
        ['hepatic cyst benign', 'aspiração do cisto hepático'],
      ],
      [['hepatic cyst', 'cisto hepático']],
    );
    expect(held(g, 'hepatic cyst aspiration')).toBe('low confidence');
    expect(held(g, 'hepatic cyst benign')).toBe('low confidence');
  });

  it('leaves it under the bar when the corpus pairs the English head, alone, with another word', () => {
    const g = glossary(
      [
        ['hepatic cyst aspiration', 'punção do cisto hepático'],
        ['renal cyst aspiration', 'aspiração do cisto renal'],
      ],
      [
        ['hepatic cyst', 'cisto hepático'],
        ['renal cyst', 'cisto renal'],
        ['aspiration', 'aspiração'],
      ],
    );
    expect(held(g, 'hepatic cyst aspiration')).toBe('low confidence');
    expect(entry(g, 'renal cyst aspiration')).toMatchObject({ pt: 'aspiração do cisto renal', confidence: 0.6 });
  });

  it('does not take a Portuguese term from a pair the corpus evidences', () => {
    const g = glossary(
      [
        ['hepatic cyst aspiration', 'punção do cisto hepático'],
        ['hepatic cyst puncture', 'punção do cisto hepático'],
      ],
      [['hepatic cyst', 'cisto hepático']],
    );
    // The evidenced pair (here given 0.95 in two documents) keeps its Portuguese.
    const strong = buildGlossary([
      doc('d1', [ev('d1', 'hepatic cyst', 'cisto hepático', 0.95), ev('d1', 'hepatic cyst puncture', 'punção do cisto hepático', 0.95), ev('d1', 'hepatic cyst aspiration', 'punção do cisto hepático', 0.55)]),
      doc('d2', [ev('d2', 'hepatic cyst', 'cisto hepático', 0.95), ev('d2', 'hepatic cyst puncture', 'punção do cisto hepático', 0.95)]),
    ]);
    expect(entry(strong, 'hepatic cyst puncture')?.pt).toBe('punção do cisto hepático');
    expect(entry(strong, 'hepatic cyst aspiration')).toBeUndefined();
    expect(held(strong, 'hepatic cyst aspiration')).toBe('term already in an entry');
    // Two phrases completing the same way at the bar: one entry takes the Portuguese, never both.
    expect(g.entries.filter((e) => e.pt === 'punção do cisto hepático')).toHaveLength(1);
  });
});
