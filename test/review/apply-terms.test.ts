import { describe, expect, it } from 'vitest';
import { reviewGlossary } from '../../src/review/apply-terms.js';
import type { Decision } from '../../src/types.js';
import type { GlossaryEntry } from '../../src/types.js';

const entry = (id: string, en: string, pt: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id, en, pt, type: 'term', score: 0.8, count: 2, sources: ['d1'], examples: [], origin: 'corpus', ...over,
});
const glossary = { entries: [entry('c-skin', 'skin', 'pele'), entry('c-bone', 'bone', 'osso')], candidates: [entry('c-calcium', 'calcium', 'cálcio', { score: 0.4 })] };
const located = (decisions: Decision[]) => decisions.map((decision, i) => ({ decision, line: i + 2 }));

describe('reviewGlossary', () => {
  it('accepts, rejects and edits entries, and promotes an accepted candidate', () => {
    const { glossary: g, outcomes } = reviewGlossary(
      glossary,
      located([
        { kind: 'term', id: 'c-skin', en: 'skin', pt: 'pele', decision: 'reject' },
        { kind: 'term', id: 'c-bone', en: 'bone', pt: 'osso', decision: 'edit', to: { pt: 'tecido ósseo', type: 'diagnosis', pt_variants: ['osso'] } },
        { kind: 'term', id: 'c-calcium', en: 'calcium', pt: 'cálcio', decision: 'accept' },
      ]),
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(g.entries.map((e) => [e.en, e.pt, e.type, e.review])).toEqual([
      ['bone', 'tecido ósseo', 'diagnosis', 'edited'],
      ['calcium', 'cálcio', 'term', 'accepted'],
    ]);
    expect(g.entries[0]!.pt_variants).toEqual(['osso']);
    expect(g.candidates).toEqual([expect.objectContaining({ en: 'skin', review: 'rejected' })]);
  });

  it('finds an entry by English term when its concept id changed, and pins the accepted translation', () => {
    const { glossary: g } = reviewGlossary(glossary, located([{ kind: 'term', id: 'c-skin-old', en: 'Skin', pt: 'cútis', decision: 'accept' }]));
    expect(g.entries).toContainEqual(expect.objectContaining({ id: 'c-skin', pt: 'cútis', review: 'accepted' }));
  });

  it('holds a rejection only while the corpus pairs the same terms; lists what matches nothing', () => {
    const { glossary: g, outcomes } = reviewGlossary(
      glossary,
      located([
        { kind: 'term', id: 'c-skin', en: 'skin', pt: 'derme', decision: 'reject' },
        { kind: 'term', id: 'c-liver', en: 'liver', pt: 'fígado', decision: 'accept' },
      ]),
    );
    expect(outcomes.map((o) => [o.line, o.outcome])).toEqual([
      [2, 'unmatched'],
      [3, 'unmatched'],
    ]);
    expect(g).toEqual(glossary);
  });
});
