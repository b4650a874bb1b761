import { describe, expect, it } from 'vitest';
import { beadCost, DEFAULT_COST, lengthCost, Similarity } from '../../src/align/cost.js';
import { documentWords, sentenceWords } from '../../src/align/features.js';

const doc = (en: string[], pt: string[]) => documentWords(en.map((s) => sentenceWords(s, 'en')), pt.map((s) => sentenceWords(s, 'pt')));

describe('length cost (Gale–Church)', () => {
  it('is near zero for lengths in the expected ratio and grows with the mismatch', () => {
    const r = DEFAULT_COST.lengthRatio;
    const v = DEFAULT_COST.lengthVariance;
    expect(lengthCost(100, 105, r, v)).toBeLessThan(0.05);
    expect(lengthCost(100, 160, r, v)).toBeGreaterThan(lengthCost(100, 130, r, v));
    expect(lengthCost(10, 900, r, v)).toBe(12);
  });
});

describe('sentence words', () => {
  it('reduces numbers to digits so decimal comma and point meet', () => {
    const en = sentenceWords('A dose of 2.5 mg/kg in 1,773 patients (p < 0.05).', 'en');
    const pt = sentenceWords('Dose de 2,5 mg/kg em 1.773 pacientes (p < 0,05).', 'pt');
    const keys = (s: typeof en) => s.words.map((w) => w[0]);
    for (const k of ['#25', '#1773', '#005', '=<']) {
      expect(keys(en)).toContain(k);
      expect(keys(pt)).toContain(k);
    }
  });

  it('gives lexicon keys to function words and frequent words', () => {
    const flat = (s: string, lang: 'en' | 'pt') => sentenceWords(s, lang).words.flat();
    expect(flat('treatment of children', 'en')).toEqual(expect.arrayContaining(['L:treatment', 'L:children']));
    expect(flat('tratamento de crianças', 'pt')).toEqual(expect.arrayContaining(['L:treatment', 'L:children']));
  });

  it('marks headings', () => {
    expect(sentenceWords('METHODS', 'en').heading).toBe(true);
    expect(sentenceWords('We studied 100 children.', 'en').heading).toBe(false);
  });
});

describe('similarity', () => {
  const d = doc(
    ['Calcinosis cutis is a rare complication of systemic lupus erythematosus.', 'The patient was treated with diltiazem 240 mg/day.'],
    ['O paciente foi tratado com diltiazem 240 mg/dia.', 'Calcinose cutânea é uma complicação rara do lúpus eritematoso sistêmico.'],
  );
  const sim = new Similarity(d);

  it('is high for translations and low otherwise', () => {
    expect(sim.of(0, 1, 1, 1)).toBeGreaterThan(0.6);
    expect(sim.of(1, 1, 0, 1)).toBeGreaterThan(0.6);
    expect(sim.of(0, 1, 0, 1)).toBeLessThan(0.3);
  });

  it('stays in [0, 1] for merged beads', () => {
    const s = sim.of(0, 2, 0, 2);
    expect(s).toBeGreaterThan(0.6);
    expect(s).toBeLessThanOrEqual(1);
  });

  it('costs a translation less than a mismatch, and a skip a fixed amount per sentence', () => {
    const cost = beadCost(sim);
    expect(cost(0, 1, 1, 1)).toBeLessThan(cost(0, 0, 1, 1));
    expect(cost(1, 0, 1, 0)).toBe(DEFAULT_COST.skip);
    expect(cost(0, 1, 0, 1)).toBe(DEFAULT_COST.skip);
    expect(cost(1, 1, 1, 0)).toBe(DEFAULT_COST.skip);
  });

  it('leaves the opening sentence of a side (a title) unaligned for less than one in the body', () => {
    const cost = beadCost(sim);
    expect(cost(0, 0, 1, 0)).toBe(DEFAULT_COST.openingSkip);
    expect(cost(0, 0, 0, 1)).toBe(DEFAULT_COST.openingSkip);
    expect(DEFAULT_COST.openingSkip).toBeLessThan(DEFAULT_COST.skip);
  });

  it('penalises a merge that ends with a heading', () => {
    const h = doc(['Results were good.', 'CONCLUSION'], ['Os resultados foram bons.']);
    const cost = beadCost(new Similarity(h));
    const trailing = cost(0, 0, 2, 1);
    const h2 = doc(['CONCLUSION', 'Results were good.'], ['Os resultados foram bons.']);
    expect(trailing).toBeGreaterThan(beadCost(new Similarity(h2))(0, 0, 2, 1));
  });
});

describe('similarity tables', () => {
  it('give the same similarity for every bead as comparing the words of the bead', () => {
    const d = doc(
      [
        'OBJECTIVE',
        'To assess 120 patients with lupus treated with diltiazem.',
        'The dose was 240 mg/day; calcinosis improved in 40% of the patients.',
        'No adverse events were reported.',
      ],
      [
        'OBJETIVO',
        'Avaliar 120 pacientes com lúpus tratados com diltiazem.',
        'A dose foi de 240 mg/dia.',
        'A calcinose melhorou em 40% dos pacientes.',
        'Não houve eventos adversos.',
      ],
    );
    const dense = new Similarity(d, true);
    const banded = new Similarity(d, false);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 5; j++) {
        for (const [di, dj] of [[1, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3]] as const) {
          if (i + di > 4 || j + dj > 5) continue;
          expect(dense.of(i, di, j, dj)).toBeCloseTo(banded.of(i, di, j, dj), 12);
        }
      }
    }
    expect(dense.of(1, 1, 1, 1)).toBeGreaterThan(dense.of(1, 1, 2, 1));
    expect(dense.of(2, 1, 2, 2)).toBeGreaterThan(dense.of(2, 1, 2, 1));
    expect(dense.of(1, 1, 1, 3)).toBeLessThan(dense.of(1, 1, 1, 1));
  });
});

describe('three-sentence beads', () => {
  // One English sentence split into three Portuguese ones.
  const d = doc(
    ['The study evaluated 9,564 adults, of whom 2,200 (20.5%) had poor function and 55.0% reported impact on daily activities.'],
    ['Foram avaliados 9564 adultos.', 'Foram considerados com função ruim 2200 adultos (20,5%).', 'Tiveram impacto nas atividades diárias 55,0% dos adultos.'],
  );
  const sim = new Similarity(d);
  const cost = beadCost(sim);

  it('meet the whole split sentence better than any part of it', () => {
    expect(sim.of(0, 1, 0, 3)).toBeGreaterThan(sim.of(0, 1, 0, 2));
    expect(sim.of(0, 1, 0, 3)).toBeGreaterThan(sim.of(0, 1, 1, 2));
  });

  it('cost the 1-3 split less than a 1-2 merge and a skip', () => {
    expect(cost(0, 0, 1, 3)).toBeLessThan(cost(0, 0, 1, 2) + cost(1, 2, 0, 1));
    expect(cost(0, 0, 1, 3)).toBeLessThan(cost(0, 0, 1, 2) + DEFAULT_COST.skip);
  });

  it('are left out of the banded search of long documents, and only there', () => {
    expect(Number.isFinite(cost(0, 0, 1, 3))).toBe(true);
    const banded = beadCost(new Similarity(d, false));
    expect(banded(0, 0, 1, 3)).toBe(Infinity);
    expect(Number.isFinite(banded(0, 0, 1, 2))).toBe(true);
  });

  it('carry their own shape penalty, above that of a 2-1 merge', () => {
    const free = beadCost(sim, { ...DEFAULT_COST, tripleMerge: 0 });
    expect(cost(0, 0, 1, 3) - free(0, 0, 1, 3)).toBeCloseTo(DEFAULT_COST.tripleMerge, 10);
    expect(DEFAULT_COST.tripleMerge).toBeGreaterThan(DEFAULT_COST.merge);
  });
});
