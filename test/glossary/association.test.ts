import { describe, expect, it } from 'vitest';
import { CooccurrenceTable, logLikelihoodRatio } from '../../src/glossary/association.js';

/** Aligned pairs as key lists; ids are interned here the way build.ts does it. */
function linkPairs(pairs: Array<{ en: string[]; pt: string[] }>, options = {}) {
  const en = new Map<string, number>();
  const pt = new Map<string, number>();
  const enCount = new Map<number, number>();
  const ptCount = new Map<number, number>();
  const id = (keys: Map<string, number>, k: string) => keys.get(k) ?? (keys.set(k, keys.size), keys.size - 1);
  const ids = pairs.map((p) => ({ en: p.en.map((k) => id(en, k)), pt: p.pt.map((k) => id(pt, k)) }));
  for (const p of ids) {
    for (const e of p.en) enCount.set(e, (enCount.get(e) ?? 0) + 1);
    for (const q of p.pt) ptCount.set(q, (ptCount.get(q) ?? 0) + 1);
  }
  const table = new CooccurrenceTable(enCount, ptCount, options);
  for (const p of ids) table.add(p.en, p.pt);
  const enKey = [...en.keys()];
  const ptKey = [...pt.keys()];
  const links = table.link(pairs.length, (i) => enKey[i]!, (i) => ptKey[i]!);
  return { table, links: links.map((l) => `${enKey[l.en]} ↔ ${ptKey[l.pt]}`) };
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/** Unrelated pairs so that the table has a background to stand out from. */
const filler = times(40, (i) => ({ en: [`word${i}`], pt: [`palavra${(i * 7) % 40}`] }));

describe('log-likelihood ratio', () => {
  it('is near zero for independent terms and large for terms that always co-occur', () => {
    expect(logLikelihoodRatio(10, 100, 100, 1000)).toBeCloseTo(0, 5);
    expect(logLikelihoodRatio(5, 5, 5, 1000)).toBeGreaterThan(10.83);
  });
});

describe('association links', () => {
  it('links the maximal term, not its parts', () => {
    const bp = { en: ['blood', 'pressure', 'blood pressure', 'patient'], pt: ['pressao', 'arterial', 'pressao arterial', 'paciente'] };
    const { links } = linkPairs([...times(5, () => bp), ...times(4, () => ({ en: ['patient'], pt: ['paciente'] })), ...filler]);
    expect(links).toContain('blood pressure ↔ pressao arterial');
    expect(links).toContain('patient ↔ paciente');
    expect(links).not.toContain('blood ↔ pressao');
    expect(links).not.toContain('pressure ↔ pressao');
    expect(links.filter((l) => /blood|pressure/.test(l))).toHaveLength(1);
  });

  it('keeps a shorter pair when enough of its co-occurrences are its own', () => {
    const bp = { en: ['pressure', 'blood pressure'], pt: ['pressao', 'pressao arterial'] };
    const alone = { en: ['pressure', 'intraocular pressure'], pt: ['pressao', 'pressao intraocular'] };
    const { links } = linkPairs([...times(5, () => bp), ...times(4, () => alone), ...times(4, () => ({ en: ['pressure'], pt: ['pressao'] })), ...filler]);
    expect(links).toEqual(expect.arrayContaining(['blood pressure ↔ pressao arterial', 'intraocular pressure ↔ pressao intraocular', 'pressure ↔ pressao']));
  });

  it('needs each term in enough aligned pairs', () => {
    const pair = { en: ['kidney'], pt: ['rim'] };
    expect(linkPairs([...times(2, () => pair), ...filler]).links).toEqual([]);
    expect(linkPairs([...times(3, () => pair), ...filler]).links).toEqual(['kidney ↔ rim']);
  });

  it('links each term once, to its best partner', () => {
    const smoking = { en: ['smoking'], pt: ['tabagismo'] };
    const noisy = { en: ['smoking'], pt: ['cigarro'] };
    const { links } = linkPairs([...times(6, () => smoking), ...times(3, () => noisy), ...times(3, () => ({ en: ['cigarette'], pt: ['cigarro'] })), ...filler]);
    expect(links).toContain('smoking ↔ tabagismo');
    expect(links).not.toContain('smoking ↔ cigarro');
  });

  it('never pairs a name with a piece of itself', () => {
    const { links } = linkPairs([...times(5, () => ({ en: ['sao paulo'], pt: ['paulo'] })), ...filler]);
    expect(links).toEqual([]);
  });

  it('stays within its pair limit and still finds what keeps recurring', () => {
    const steady = { en: ['stroke'], pt: ['acidente vascular cerebral'] };
    const pairs = times(600, (i) => (i % 20 === 0 ? steady : { en: [`rare${i}`, `rarer${i}`, 'common'], pt: [`raro${i}`, 'comum'] }));
    const { table, links } = linkPairs(pairs, { minFrequency: 1, maxPairs: 200 });
    expect(table.size).toBeLessThanOrEqual(200);
    expect(links).toContain('stroke ↔ acidente vascular cerebral');
    expect(links).toContain('common ↔ comum');
  });

  it('links nothing from text repeated whole, where every phrase pairs equally well with every other', () => {
    const boilerplate = { en: ['open access', 'creative commons licence'], pt: ['acesso aberto', 'licenca creative commons'] };
    expect(linkPairs([...times(6, () => boilerplate), ...filler]).links).toEqual([]);
  });
});
