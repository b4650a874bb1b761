import { describe, expect, it } from 'vitest';
import type { Sentence, SentenceEntity, TermPairEvidence } from '../../src/types.js';
import { collectDocumentTerms, entityTypesOf } from '../../src/glossary/evidence.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { indexTermbase } from '../../src/glossary/termbase.js';
import { reportAlignment, reportSentences } from './fixtures/report.js';

/** The evidence of each acronym copied alike to both sides, from sentence pairs aligned one to one. */
async function copiedAcronyms(texts: Array<[string, string]>): Promise<(acronym: string) => TermPairEvidence[]> {
  const sentences: Sentence[] = texts.flatMap(([en, pt], i) => [
    { id: `en-${i + 1}`, lang: 'en' as const, n: i + 1, part: 'body' as const, section: '', text: en, start: 0, end: en.length, citations: [] },
    { id: `pt-${i + 1}`, lang: 'pt' as const, n: i + 1, part: 'body' as const, section: '', text: pt, start: 0, end: pt.length, citations: [] },
  ]);
  const alignment = texts.map((_, i) => ({ en: [i + 1], pt: [i + 1], score: 0.9, part: 'body' as const }));
  const terms = await collectDocumentTerms({ doc: 'd', sentences, alignment });
  return (acronym) => terms.evidence.filter((e) => e.en === acronym && e.pt === acronym);
}

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

  it('types a linked entity as its mention reads: a value after a word is no test, a drug read so is a drug', async () => {
    const sentences: Sentence[] = [
      { id: 'en-1', lang: 'en', n: 1, part: 'body', section: '', text: 'Growth stopped with itraconazole 1% and the ratio 2%.', start: 0, end: 52, citations: [] },
      { id: 'pt-1', lang: 'pt', n: 1, part: 'body', section: '', text: 'O crescimento parou com itraconazol 1% e a razão 2%.', start: 0, end: 51, citations: [] },
    ];
    const link = (en: string, pt: string) => ({
      en: { sentence: 'en-1', start: sentences[0]!.text.indexOf(en), end: sentences[0]!.text.indexOf(en) + en.length, text: en },
      pt: { sentence: 'pt-1', start: sentences[1]!.text.indexOf(pt), end: sentences[1]!.text.indexOf(pt) + pt.length, text: pt },
      type: 'lab' as const,
      normalized: en,
      score: 0.9,
    });
    const mention = (text: string, sentence: 'en-1' | 'pt-1', lang: 'en' | 'pt') => {
      const at = sentences[lang === 'en' ? 0 : 1]!.text.indexOf(text);
      return { sentence, lang, start: at, end: at + text.length, text, type: 'lab' as const, category: 'laboratory' as const, negated: false, value: '1', normalized: text };
    };
    const terms = await collectDocumentTerms({
      doc: 'd',
      sentences,
      alignment: [],
      entities: [mention('itraconazole', 'en-1', 'en'), mention('ratio', 'en-1', 'en')],
      entityLinks: [link('itraconazole', 'itraconazol'), link('ratio', 'razão')],
    });
    expect(terms.evidence.find((e) => e.en === 'itraconazole')).toEqual(expect.objectContaining({ type: 'drug', typedBy: 'entity' }));
    const ratio = terms.evidence.find((e) => e.en === 'ratio')!;
    expect(ratio.type).toBe('term');
    expect(ratio.typedBy).toBeUndefined();
  });

  it('types a pair diagnosis by a Portuguese finding grown from a head word only where the English names a disorder', async () => {
    const sentences: Sentence[] = [
      { id: 'en-1', lang: 'en', n: 1, part: 'body', section: '', text: 'The visual signal showed myocardial fibrosis.', start: 0, end: 45, citations: [] },
      { id: 'pt-1', lang: 'pt', n: 1, part: 'body', section: '', text: 'O sinal visual mostrou a fibrose miocárdica.', start: 0, end: 44, citations: [] },
    ];
    const finding = (text: string, code?: string) => {
      const at = sentences[1]!.text.indexOf(text);
      return { sentence: 'pt-1', lang: 'pt' as const, start: at, end: at + text.length, text, type: 'diagnosis' as const, negated: false, normalized: text, ...(code && { code }) };
    };
    const typeOf = async (entities: ReturnType<typeof finding>[], en: string) => {
      const terms = await collectDocumentTerms({ doc: 'd', sentences, alignment: [{ en: [1], pt: [1], score: 0.9, part: 'body' }], entities });
      return terms.evidence.find((e) => e.en.toLowerCase() === en);
    };
    // `sinal` heads findings in clinical notes (`sinal de Babinski`); `signal` names no disorder, `fibrosis` does.
    expect(await typeOf([finding('sinal visual'), finding('fibrose miocárdica')], 'visual signal')).toEqual(expect.objectContaining({ type: 'term', typedBy: 'entity' }));
    expect(await typeOf([finding('sinal visual'), finding('fibrose miocárdica')], 'myocardial fibrosis')).toEqual(expect.objectContaining({ type: 'diagnosis', typedBy: 'entity' }));
    // A lexicon name (a code, or a name of the disease lexicon it is normalised to) is the stage's reading of the whole phrase: it stands.
    expect(await typeOf([finding('sinal visual', 'ICD10:R69')], 'visual signal')).toEqual(expect.objectContaining({ type: 'diagnosis' }));
    expect(await typeOf([{ ...finding('sinal visual'), normalized: 'lesion' }], 'visual signal')).toEqual(expect.objectContaining({ type: 'diagnosis' }));
  });

  it('marks an acronym copied alike that the document defines by a name, in either language', async () => {
    const texts: Array<[string, string]> = [
      ['Care was given by the Unified Health System (SUS) and tested by polymerase chain reaction (PCR).', 'O cuidado foi dado pelo Sistema Único de Saúde (SUS) e testado por reação em cadeia da polimerase (PCR).'],
      ['The SUS funded every PCR test.', 'O SUS pagou cada teste de PCR.'],
    ];
    const of = await copiedAcronyms(texts);
    expect(of('SUS').length).toBeGreaterThan(0);
    expect(of('SUS').every((e) => e.standsForName)).toBe(true);
    // A long form in small letters names a concept, not an institution.
    expect(of('PCR').length).toBeGreaterThan(0);
    expect(of('PCR').some((e) => e.standsForName)).toBe(false);
    // Defined by a term: it stands for one, whatever a general dictionary says the letters name.
    expect(of('PCR').every((e) => e.definedAsTerm)).toBe(true);
    expect(of('SUS').some((e) => e.definedAsTerm)).toBe(false);
  });

  it('decides a tie between a name and a term by the Portuguese definitions', async () => {
    // English Title Case alone (a heading) against Portuguese small letters: a term.
    const heading = await copiedAcronyms([
      ['Graft Loss Ratio (GLR)', 'grau de lesão renal (GLR)'],
      ['The GLR was lower in the second group.', 'O GLR foi menor no segundo grupo.'],
    ]);
    expect(heading('GLR').length).toBeGreaterThan(0);
    expect(heading('GLR').some((e) => e.standsForName)).toBe(false);
    expect(heading('GLR').every((e) => e.definedAsTerm && e.definedInPortuguese)).toBe(true);
    // Defined by a term whose Portuguese long form does not spell the letters out: defined in English only.
    const english = await copiedAcronyms([
      ['The graft loss ratio (GLR) was lower.', 'A razão de perda do enxerto (GLR) foi menor.'],
      ['The GLR rose later.', 'A GLR subiu depois.'],
    ]);
    expect(english('GLR').length).toBeGreaterThan(0);
    expect(english('GLR').every((e) => e.definedAsTerm && !e.definedInPortuguese)).toBe(true);
    // Portuguese Title Case against English small letters: Portuguese capitalises names only, so a name.
    const body = await copiedAcronyms([
      ['the regional graft registry (RGR) collected the data.', 'o Registro Geral de Retransplantes (RGR) coletou os dados.'],
      ['The RGR reported every case.', 'O RGR relatou cada caso.'],
    ]);
    expect(body('RGR').length).toBeGreaterThan(0);
    expect(body('RGR').every((e) => e.standsForName)).toBe(true);
  });

  it('marks a copied acronym named by any of its definitions, and a plural by its singular', async () => {
    const texts: Array<[string, string]> = [
      // The Portuguese names the body; the English defines it later by words in small letters.
      ['Samples went to the regional reference laboratory.', 'As amostras foram ao Laboratório Regional de Referência (LARR).'],
      ['Each laboratory of reference regional (LARR) and all LARRs sent reports.', 'Cada LARR e todos os LARRs enviaram relatórios.'],
      ['The LARRs tested the samples.', 'Os LARRs testaram as amostras.'],
    ];
    const of = await copiedAcronyms(texts);
    expect(of('LARR').length).toBeGreaterThan(0);
    expect(of('LARR').every((e) => e.standsForName)).toBe(true);
    expect(of('LARRs').length).toBeGreaterThan(0);
    expect(of('LARRs').every((e) => e.standsForName)).toBe(true);
  });

  it('does not let one definition in capitals outweigh the others in small letters', async () => {
    const texts: Array<[string, string]> = [
      ['Lesion Burden Index (LBI)', 'Índice de Carga Lesional (LBI)'],
      ['We measured the lesion burden index (LBI) of each patient.', 'Medimos o LBI de cada paciente.'],
      ['A higher lesion burden index (LBI) predicted relapse.', 'Um LBI maior previu recaída.'],
    ];
    const of = await copiedAcronyms(texts);
    expect(of('LBI').length).toBeGreaterThan(0);
    expect(of('LBI').some((e) => e.standsForName)).toBe(false);
  });
});

describe('the entities stage’s types of a document’s mentions', () => {
  const mention = (code?: string): SentenceEntity => ({ sentence: 's1', lang: 'pt', start: 0, end: 17, text: 'redução de custos', type: 'diagnosis', negated: false, normalized: code ? 'custo' : 'redução de custos', code });
  const grown = (mentions: SentenceEntity[]) => [...entityTypesOf(mentions).grown];

  it('reads a Portuguese diagnosis as grown only when no mention of it is a lexicon name, whichever comes last', () => {
    expect(grown([mention(), mention()])).toHaveLength(1);
    expect(grown([mention(), mention('X00')])).toEqual([]);
    expect(grown([mention('X00'), mention()])).toEqual([]);
  });
});
