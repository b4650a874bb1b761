import { describe, expect, it } from 'vitest';
import { collectDocumentTerms } from '../../src/glossary/evidence.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { indexTermbase } from '../../src/glossary/termbase.js';
import { reportAlignment, reportSentences } from './fixtures/report.js';

/** In dictionary form: terms in the singular, adjectives standing alone in the masculine singular. */
const ACCEPTANCE: Array<[string, string]> = [
  ['calcinosis cutis', 'calcinose cutânea'],
  ['pathophysiology', 'fisiopatologia'],
  ['subcutaneous tissue', 'tecido subcutâneo'],
  ['dystrophic', 'distrófico'],
  ['metastatic', 'metastático'],
  ['idiopathic', 'idiopático'],
  ['iatrogenic', 'iatrogênico'],
  ['hyperparathyroidism', 'hiperparatireoidismo'],
  ['hypervitaminosis D', 'hipervitaminose D'],
  ['dermatomyositis', 'dermatomiosite'],
  ['scleroderma', 'esclerodermia'],
  ['overlap syndrome', 'síndrome overlap'],
  ['systemic lupus erythematosus', 'lúpus eritematoso sistêmico'],
];

const pairs = (entries: Array<{ en: string; pt: string }>) => entries.map((e) => `${e.en} ↔ ${e.pt}`);

describe('the glossary of the bundled report (title + abstract, aligned by hand)', () => {
  it('contains the acceptance pairs', async () => {
    const terms = await collectDocumentTerms({ doc: 'report', sentences: reportSentences, alignment: reportAlignment });
    const g = buildGlossary([terms]);
    expect(pairs(g.entries)).toEqual(expect.arrayContaining(ACCEPTANCE.map(([en, pt]) => `${en} ↔ ${pt}`)));
  });

  it('puts no partial phrase among its top entries', async () => {
    const terms = await collectDocumentTerms({ doc: 'report', sentences: reportSentences, alignment: reportAlignment });
    const top = pairs(buildGlossary([terms]).entries.slice(0, 20));
    expect(top).not.toContain('calcinosis cutis universalis ↔ calcinose cútis distrófica');
    expect(top.filter((p) => p.startsWith('formation'))).toEqual([]);
  });

  it('finds the cognate pairs with no termbase at all', async () => {
    const terms = await collectDocumentTerms({ doc: 'report', sentences: reportSentences, alignment: reportAlignment }, { termbase: indexTermbase([]) });
    const g = buildGlossary([terms]);
    const got = pairs(g.entries);
    // calcinose cutânea and tecido need the termbase; fisiopatologia (reordered combining forms) only reaches review.
    for (const [en, pt] of ACCEPTANCE.filter(([en]) => !['calcinosis cutis', 'subcutaneous tissue', 'pathophysiology'].includes(en))) {
      expect(got).toContain(`${en} ↔ ${pt}`);
    }
    expect(pairs(g.candidates)).toContain('pathophysiology ↔ fisiopatologia');
  });

  it('records the aligned pairs, their term keys and an example per evidence', async () => {
    const terms = await collectDocumentTerms({ doc: 'report', sentences: reportSentences, alignment: reportAlignment });
    expect(terms.pairs).toBe(6);
    expect(terms.pairTerms[4]!.pt).toContain('sindrome overlap');
    const ev = terms.evidence.find((e) => e.enKey === 'dermatomyositis')!;
    expect(ev.ptKey).toBe('dermatomiosite');
    expect(terms.examples[ev.example]!.pt).toContain('dermatomiosite');
    // Each sentence pair is stored once, and only when some evidence refers to it.
    expect(new Set(terms.examples.map((x) => `${x.en}\u0000${x.pt}`)).size).toBe(terms.examples.length);
    expect(new Set(terms.evidence.map((e) => e.example))).toEqual(new Set(terms.examples.keys()));
    // Surfaces are stored only where they differ from their key (accents, capitals, plurals).
    expect(Object.keys(terms.surfaces.pt).length).toBeGreaterThan(0);
    for (const lang of ['en', 'pt'] as const) for (const [key, surface] of Object.entries(terms.surfaces[lang])) expect(surface).not.toBe(key);
    expect(ev.doc).toBe('report');
  });

  it('pairs entities linked across languages', async () => {
    const en = reportSentences.find((s) => s.lang === 'en' && s.n === 4)!;
    const pt = reportSentences.find((s) => s.lang === 'pt' && s.n === 4)!;
    const terms = await collectDocumentTerms({
      doc: 'report',
      sentences: reportSentences,
      alignment: [],
      entityLinks: [
        {
          en: { sentence: en.id, start: 0, end: 0, text: 'variety' },
          pt: { sentence: pt.id, start: 0, end: 0, text: 'várias' },
          type: 'diagnosis',
          normalized: 'x',
          score: 0.9,
        },
      ],
    });
    expect(terms.evidence).toEqual([expect.objectContaining({ en: 'variety', pt: 'várias', via: ['entity'], type: 'diagnosis', local: 0.9, example: 0 })]);
    // The example carries the entity link's score, as an aligned pair's example carries its link's.
    expect(terms.examples).toEqual([{ en: en.text, pt: pt.text, score: 0.9 }]);
  });
});
