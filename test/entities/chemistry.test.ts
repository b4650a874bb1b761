import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

/** English chemical names found by their form, and abbreviations defined in the text (names made up for these tests where they could be real lexicon entries). */
const en = (text: string) => extractEntities(text, 'en');
const drug = (text: string, name: string) => en(text).find((e) => e.text === name && e.type === 'drug');

describe('chemical names by their form', () => {
  it('reads an unknown word with a nomenclature ending or prefix as a chemical, not an English word', () => {
    expect(drug('Rats received zelpraline before the test.', 'zelpraline')).toBeDefined();
    expect(drug('Quintazole was given orally.', 'Quintazole')).toBeDefined();
    expect(drug('The effect of hydroxyquenate was small.', 'hydroxyquenate')).toBeDefined();
    expect(en('A routine medicine review was done at baseline.').filter((e) => e.type === 'drug')).toEqual([]);
    expect(en('Levels were given in micromol per litre.').filter((e) => e.type === 'drug')).toEqual([]);
  });

  it('reads formulas of element symbols, not acronyms of letters', () => {
    expect(drug('NaHCO3 was infused.', 'NaHCO3')).toBeDefined();
    expect(drug('Exposure to CaCl2 raised the signal.', 'CaCl2')).toBeDefined();
    expect(en('HIV was not detected; NO was measured.').filter((e) => e.type === 'drug' && e.text === 'HIV')).toEqual([]);
  });

  it('reads development codes of compounds, not gene names or years', () => {
    expect(drug('XR 4512 blocked the receptor.', 'XR 4512')).toBeDefined();
    expect(drug('Pretreatment with TQ-8841 was effective.', 'TQ-8841')).toBeDefined();
    expect(drug('The antagonist QZ275118 was used.', 'QZ275118')).toBeDefined();
    expect(en('CD117 and CD34 were positive in the WHO 2016 classification.').filter((e) => e.type === 'drug')).toEqual([]);
    expect(en('ASA 325 mg was given.').some((e) => e.text === 'ASA 325')).toBe(false);
  });

  it('reads an -ic acid name whole', () => {
    expect(drug('Zolenic acid lowered the pressure.', 'Zolenic acid')).toBeDefined();
  });

  it('keeps its forms out of Portuguese text', () => {
    expect(extractEntities('Recebeu zelpraline.', 'pt').filter((e) => e.text === 'zelpraline')).toEqual([]);
  });
});

describe('abbreviations defined in the text', () => {
  it('accepts a drug\'s short form in small letters', () => {
    const es = en('Dexamethasone (dex) was given; dex was then stopped.');
    expect(es.filter((e) => e.text === 'dex' && e.normalized === 'dexamethasone')).toHaveLength(2);
  });

  it('reaches back over a word the short form needs, and accepts initials in another order', () => {
    const k = en('Kessler ataxia (KSA) is rare; KSA is recessive.');
    expect(k.find((e) => e.text === 'Kessler ataxia')).toMatchObject({ type: 'diagnosis' });
    expect(k.filter((e) => e.text === 'KSA')).toHaveLength(2);
    const dm = en('Myotonic dystrophy (DM) was diagnosed; DM progressed.');
    expect(dm.filter((e) => e.text === 'DM' && e.normalized === 'myotonic dystrophy')).toHaveLength(2);
  });

  it('reads an abbreviation written inside the name', () => {
    const es = en('Zorn-Halbeck (ZH) disease is rare; ZH runs in families.');
    expect(es.find((e) => e.text === 'Zorn-Halbeck (ZH) disease')).toMatchObject({ type: 'diagnosis' });
    expect(es.some((e) => e.text === 'ZH' && e.start > 30)).toBe(true);
  });
});
