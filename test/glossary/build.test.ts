import { describe, expect, it } from 'vitest';
import { buildGlossary, MAX_SOURCES } from '../../src/glossary/build.js';
import { toJson } from '../../src/glossary/export.js';
import type { DocumentTerms, SentencePairText, TermPairEvidence } from '../../src/types.js';

/** Evidence with the sentence pair it was seen in; `withExamples` files the pair in its document's examples. */
type Seen = TermPairEvidence & { text: SentencePairText };

function ev(doc: string, en: string, pt: string, local: number, via = ['cognate']): Seen {
  return { en, pt, enKey: en, ptKey: pt, type: 'term', local, via, doc, example: -1, text: { en: `${en} here`, pt: `${pt} aqui` } };
}

function withExamples(seen: Seen[]): Pick<DocumentTerms, 'evidence' | 'examples'> {
  return { evidence: seen.map(({ text: _text, ...e }, i) => ({ ...e, example: i })), examples: seen.map((e) => e.text) };
}

function doc(id: string, evidence: Seen[]): DocumentTerms {
  return {
    doc: id,
    pairs: evidence.length,
    pairTerms: evidence.map((e) => ({ en: [e.enKey], pt: [e.ptKey] })),
    surfaces: { en: {}, pt: {} },
    ...withExamples(evidence),
  };
}

describe('buildGlossary (reduce)', () => {
  it('lists the first 100 source documents by id and counts them all, in whatever order they come', () => {
    const ids = Array.from({ length: 150 }, (_, k) => `d${String(k).padStart(3, '0')}`);
    // Two mentions per document: a document counts once however often it shows the pair.
    const seen = (d: string) => doc(d, [ev(d, 'fibrosis', 'fibrose', 0.9), ev(d, 'fibrosis', 'fibrose', 0.9)]);
    for (const order of [ids, [...ids].reverse(), [...ids.filter((_, k) => k % 2), ...ids.filter((_, k) => k % 2 === 0)]]) {
      const entry = buildGlossary(order.map(seen)).entries[0]!;
      expect(entry).toMatchObject({ count: 300, documents: 150 });
      expect(entry.sources).toEqual(ids.slice(0, MAX_SOURCES));
    }
    // An id that comes back later (a corpus repeating an id) is still one document.
    const again = buildGlossary(['d1', 'd2', 'd1'].map(seen)).entries[0]!;
    expect(again).toMatchObject({ count: 6, documents: 2, sources: ['d1', 'd2'] });
  });

  it('scores a pair seen in more documents higher', () => {
    const once = buildGlossary([doc('d1', [ev('d1', 'fibrosis', 'fibrose', 0.9)])]);
    const often = buildGlossary(['d1', 'd2', 'd3', 'd4'].map((d) => doc(d, [ev(d, 'fibrosis', 'fibrose', 0.9)])));
    expect(often.entries[0]!.score).toBeGreaterThan(once.entries[0]!.score);
    expect(often.entries[0]!.count).toBe(4);
    expect(often.entries[0]!.sources).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(often.entries[0]!.examples.length).toBe(3);
    for (const e of [...once.entries, ...often.entries]) expect(e.score).toBeLessThanOrEqual(1);
  });

  it('sends pairs below the threshold to candidates', () => {
    const g = buildGlossary([doc('d1', [ev('d1', 'fibrosis', 'fibrose', 1), ev('d1', 'loss', 'perda', 0.5)])]);
    expect(g.entries.map((e) => e.en)).toEqual(['fibrosis']);
    expect(g.candidates.map((e) => e.en)).toEqual(['loss']);
  });

  it('links each term once, the best pair winning', () => {
    const g = buildGlossary([doc('d1', [ev('d1', 'fibrosis', 'fibrose', 1), ev('d1', 'fibrosis', 'fibroma', 0.8)])]);
    expect(g.entries.map((e) => e.pt)).toEqual(['fibrose']);
    expect(g.candidates.map((e) => e.pt)).toEqual(['fibroma']);
  });

  it('uses corpus association: a pair that keeps co-occurring beats one that does not', () => {
    const steady = ['d1', 'd2', 'd3'].map((d) => doc(d, [ev(d, 'wheeze', 'sibilo', 0.5, ['entity'])]));
    const noisy: DocumentTerms = {
      doc: 'd4',
      pairs: 3,
      pairTerms: [{ en: ['cough'], pt: ['tosse'] }, { en: ['cough'], pt: [] }, { en: ['cough'], pt: [] }],
      surfaces: { en: {}, pt: {} },
      ...withExamples([ev('d4', 'cough', 'tosse', 0.5, ['entity'])]),
    };
    const g = buildGlossary([...steady, noisy], { threshold: 0 });
    const score = (en: string) => [...g.entries, ...g.candidates].find((e) => e.en === en)!.score;
    expect(score('wheeze')).toBeGreaterThan(score('cough'));
  });

  it('lets imported entries win over statistics', () => {
    const g = buildGlossary([doc('d1', [ev('d1', 'stroke', 'derrame', 1)])], {
      imported: [{ en: 'stroke', pt: 'acidente vascular cerebral', type: 'diagnosis', note: 'test' }],
    });
    expect(g.entries).toEqual([expect.objectContaining({ en: 'stroke', pt: 'acidente vascular cerebral', origin: 'imported', score: 1, sources: ['d1'] })]);
  });

  it('accepts a one-shot iterable and gives stable ids', () => {
    function* docs() {
      yield doc('d1', [ev('d1', 'fibrosis', 'fibrose', 1)]);
    }
    const g = buildGlossary(docs());
    expect(g.entries[0]!.id).toBe('c-fibrosis');
  });

  it('scores the same whether co-occurrences are counted in one pass or in a second pass over proposed pairs', () => {
    // d1 has the two terms together without proposing them; d2 proposes them; d3 pairs fibrosis elsewhere.
    const d1: DocumentTerms = { ...doc('d1', [ev('d1', 'loss', 'perda', 0.7)]), pairTerms: [{ en: ['fibrosis', 'loss'], pt: ['fibrose', 'perda'] }] };
    const d2 = doc('d2', [ev('d2', 'fibrosis', 'fibrose', 0.6)]);
    const d3: DocumentTerms = { ...doc('d3', [ev('d3', 'fibrosis', 'fibroma', 0.6)]), pairTerms: [{ en: ['fibrosis'], pt: ['fibroma', 'perda'] }] };
    const all = [d1, d2, d3];
    function* once() {
      yield* all;
    }
    const onePass = buildGlossary(once(), { threshold: 0 });
    expect(buildGlossary(all, { threshold: 0 })).toEqual(onePass);
    expect(buildGlossary(() => all, { threshold: 0 })).toEqual(onePass);
    const fibrose = onePass.entries.find((e) => e.en === 'fibrosis')!;
    // Two co-occurrences (d1, d2) lift fibrose above fibroma, which has one.
    expect(fibrose.pt).toBe('fibrose');
  });

  it('proposes a pair no evidence proposed when the corpus keeps aligning it, below evidence-backed pairs', () => {
    // Each document: `blood pressure` and `pressão arterial` in one aligned pair, beside cognate pairs the evidence proposes.
    const docs = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((d): DocumentTerms => {
      const patient = ev(d, 'patient', 'paciente', 0.9);
      patient.text = { en: 'Blood pressure of the patient.', pt: 'Pressão arterial do paciente.' };
      return {
        doc: d,
        pairs: 2,
        pairTerms: [
          { en: ['blood', 'pressure', 'blood pressure', 'patient'], pt: ['pressao', 'arterial', 'pressao arterial', 'paciente'] },
          { en: ['patient', 'hypertension', `topic ${d}`], pt: ['paciente', 'hipertensao', `tema ${d}`] },
        ],
        surfaces: { en: { 'blood pressure': 'blood pressure' }, pt: { 'pressao arterial': 'pressão arterial' } },
        ...withExamples([patient, ev(d, 'hypertension', 'hipertensao', 0.9)]),
      };
    });
    const g = buildGlossary(docs);
    const bp = g.entries.find((e) => e.en === 'blood pressure')!;
    expect(bp).toMatchObject({ pt: 'pressão arterial', origin: 'corpus', count: 6, sources: ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] });
    // The term is marked in both sentences of its example.
    expect(bp.examples[0]).toEqual({ doc: 'd1', en: 'Blood pressure of the patient.', pt: 'Pressão arterial do paciente.', enTerm: [0, 14], ptTerm: [0, 16] });
    expect(bp.score).toBeLessThan(g.entries.find((e) => e.en === 'hypertension')!.score);
    expect([...g.entries, ...g.candidates].some((e) => e.en === 'blood' || e.pt === 'pressao')).toBe(false);
    expect(buildGlossary(docs, { association: false }).entries.map((e) => e.en).sort()).toEqual(['hypertension', 'patient']);
    // Repeated inside one document only, the same pair is a candidate for review, not an entry.
    const one: DocumentTerms = { ...docs[0]!, pairs: 12, pairTerms: docs.flatMap((d) => d.pairTerms) };
    const single = buildGlossary([one]);
    expect(single.entries.map((e) => e.en).sort()).toEqual(['hypertension', 'patient']);
    expect(single.candidates.map((e) => e.en)).toContain('blood pressure');
  });

  describe('EN and PT forms in the singular, agreeing in number', () => {
    /** Evidence for one pair of grouping keys, written as `en`/`pt` in one sentence pair. */
    const seen = (d: string, en: string, pt: string, enKey: string, ptKey: string): Seen => ({ ...ev(d, en, pt, 0.9), enKey, ptKey });
    // Forms are made alike for entries and held-back candidates (a pair of ordinary words is one).
    const shown = (evidence: Seen[]) => {
      const g = buildGlossary([doc('d1', evidence)], { threshold: 0 });
      const all = [...g.entries, ...g.candidates];
      expect(all).toHaveLength(1);
      return all[0]!;
    };

    it('prefers the PT form seen beside the EN form over the overall most frequent one, in the singular', () => {
      const key = (en: string, pt: string) => seen('d1', en, pt, 'risk factor', 'fator de risco');
      const e = shown([
        key('risk factors', 'fatores de risco'),
        key('risk factors', 'fatores de risco'),
        key('Risk factors', 'fatores de riscos'),
        key('risk factor', 'fatores de riscos'),
        key('risk-factors', 'fatores de riscos'),
      ]);
      // `fatores de risco` was seen beside `risk factors`, `fatores de riscos` more often overall.
      expect(e).toMatchObject({ en: 'risk factor', pt: 'fator de risco' });
    });

    it('reads irregular English plurals and picks the PT plural seen', () => {
      const key = (en: string, pt: string) => seen('d1', en, pt, 'children', 'crianca');
      const e = shown([key('children', 'criança'), key('children', 'criança'), key('children', 'crianças'), key('child', 'criança')]);
      expect(e).toMatchObject({ en: 'children', pt: 'crianças' });
    });

    it('takes the number of the head: the last English word before "of", the first Portuguese word', () => {
      const key = (en: string, pt: string) => seen('d1', en, pt, 'management of secondary complication', 'manejo da complicacao secundario');
      const e = shown([
        key('management of secondary complications', 'manejos das complicações secundárias'),
        key('management of secondary complications', 'manejos das complicações secundárias'),
        key('management of secondary complication', 'manejo das complicações secundárias'),
      ]);
      expect(e.pt).toBe('manejo das complicações secundárias');
      const overlap = shown([seen('d1', 'overlap syndromes', 'síndromes overlap', 'overlap syndrome', 'sindrome overlap')]);
      expect(overlap).toMatchObject({ en: 'overlap syndrome', pt: 'síndrome overlap' });
    });

    it('makes the PT form singular when only plurals were seen beside a singular EN form', () => {
      expect(shown([seen('d1', 'constant', 'constantes', 'constant', 'constante')]).pt).toBe('constante');
      // An adjective standing alone is in the masculine singular, its dictionary form.
      expect(shown([seen('d1', 'secondary', 'secundárias', 'secondary', 'secundario')]).pt).toBe('secundário');
      expect(shown([seen('d1', 'bilateral', 'bilaterais', 'bilateral', 'bilateral')]).pt).toBe('bilateral');
      // The head and its adjectives; the `de` phrase keeps its own number.
      expect(shown([seen('d1', 'health condition', 'condições de saúde', 'health condition', 'condicao de saude')]).pt).toBe('condição de saúde');
    });

    it('brings a plural EN form to the singular beside a singular PT one, and both sides of a plural pair', () => {
      expect(shown([seen('d1', 'oncologists', 'oncologista', 'oncologist', 'oncologista')])).toMatchObject({ en: 'oncologist', pt: 'oncologista' });
      expect(shown([seen('d1', 'limitations', 'limitação', 'limitation', 'limitacao')])).toMatchObject({ en: 'limitation', pt: 'limitação' });
      expect(shown([seen('d1', 'skin lesions', 'lesões cutâneas', 'skin lesion', 'lesao cutaneo')])).toMatchObject({ en: 'skin lesion', pt: 'lesão cutânea' });
      // A singular general English hardly uses (datum) is no dictionary form: the pair stays plural on both sides.
      expect(shown([seen('d1', 'data', 'dados', 'data', 'dado')])).toMatchObject({ en: 'data', pt: 'dados' });
    });

    it('writes heading and sentence capitals in small letters, but keeps an eponym', () => {
      expect(shown([seen('d1', 'Nociceptive pain', 'dor nociceptiva', 'nociceptive pain', 'dor nociceptivo')])).toMatchObject({ en: 'nociceptive pain', pt: 'dor nociceptiva' });
      expect(shown([seen('d1', 'Chronic Pain', 'Dor Crônica', 'chronic pain', 'dor cronico')])).toMatchObject({ en: 'chronic pain', pt: 'dor crônica' });
      expect(shown([seen('d1', 'Down syndrome', 'síndrome de Down', 'down syndrome', 'sindrome de down')])).toMatchObject({ en: 'Down syndrome', pt: 'síndrome de Down' });
    });

    it('makes up no form it cannot trust', () => {
      // A free rendering, a verb, an infinitive, an uncountable noun; a plural in a heading's capital is put in small letters and in the singular.
      expect(shown([seen('d1', 'females', 'sexo feminino', 'female', 'sexo feminino')]).pt).toBe('sexo feminino');
      expect(shown([seen('d1', 'promotes', 'promove', 'promote', 'promove')]).pt).toBe('promove');
      expect(shown([seen('d1', 'respondents', 'responder', 'respondent', 'responder')]).pt).toBe('responder');
      expect(shown([seen('d1', 'Bacterial pneumonia', 'Pneumonias bacterianas', 'bacterial pneumonia', 'pneumonia bacteriano')]).pt).toBe('pneumonia bacteriana');
      expect(shown([seen('d1', 'information', 'informações', 'information', 'informacao')]).pt).toBe('informações');
    });

    it('keeps a form the vocabularies write as it stands: a name in -ida is no feminine adjective', () => {
      // A drug of the lexicon, its masculine a word no vocabulary writes.
      expect(shown([seen('d1', 'cyclophosphamide', 'ciclofosfamida', 'cyclophosphamide', 'ciclofosfamida')])).toMatchObject({ pt: 'ciclofosfamida', partOfSpeech: 'noun' });
      // A termbase pair is in dictionary form already, a hyphenated noun included.
      const curated = { ...seen('d1', 'immunohistochemistry', 'imuno-histoquímica', 'immunohistochemistry', 'imuno-histoquimico'), via: ['termbase'], local: 1 };
      expect(shown([curated])).toMatchObject({ origin: 'termbase', pt: 'imuno-histoquímica', partOfSpeech: 'noun' });
      // An adjective is still made masculine, also where the feminine is a noun of the vocabularies (`mucosa`).
      expect(shown([seen('d1', 'secondary', 'secundárias', 'secondary', 'secundario')]).pt).toBe('secundário');
      expect(shown([seen('d1', 'mucosal', 'mucosa', 'mucosal', 'mucoso')]).pt).toBe('mucoso');
    });

    it('changes neither the entries nor their scores', () => {
      const agreeing = shown([seen('d1', 'constant', 'constante', 'constant', 'constante')]);
      const disagreeing = shown([seen('d1', 'constant', 'constantes', 'constant', 'constante')]);
      expect({ ...disagreeing, examples: [] }).toEqual({ ...agreeing, examples: [] });
    });
  });
});

describe('the original language', () => {
  it('says which language the documents were written in when the input says so and they agree', () => {
    const written = (id: string, original?: 'en' | 'pt'): DocumentTerms => ({ ...doc(id, [ev(id, 'fibrosis', 'fibrose', 0.9)]), ...(original && { original }) });
    const agree = buildGlossary([written('d1', 'pt'), written('d2', 'pt'), written('d3')]).entries[0]!;
    expect(agree.original).toBe('pt');
    expect(agree.examples.map((x) => x.original)).toEqual(['pt', 'pt', undefined]);
    expect(buildGlossary([written('d1', 'pt'), written('d2', 'en')]).entries[0]!.original).toBeUndefined();
    expect(JSON.parse(toJson([agree]))[0]).toMatchObject({ original: 'pt' });
  });
});
