import { describe, expect, it } from 'vitest';
import { ADJECTIVE_MIN, termhood, TERMHOOD_MIN, VOUCHED, type TermhoodInput } from '../../src/glossary/termhood.js';
import type { Lang } from '../../src/types.js';

/** Every key seen in one aligned pair of a hundred: a small corpus where each word is equally frequent. */
const rate = (_key: string, _lang: Lang) => 0.01;
const input = (en: string, pt: string, more: Partial<TermhoodInput> = {}): TermhoodInput => ({
  en,
  pt,
  enKey: en.toLowerCase(),
  ptKey: pt.toLowerCase(),
  documents: 1,
  known: false,
  curated: false,
  expanded: false,
  rate,
  ...more,
});

describe('termhood', () => {
  it('orders a specialised term above a general medical word above ordinary vocabulary, at equal corpus frequency', () => {
    const specialised = termhood(input('nociceptive', 'nociceptivo')).termhood;
    const medical = termhood(input('anxiety', 'ansiedade')).termhood;
    const ordinary = termhood(input('city', 'cidade')).termhood;
    expect(specialised).toBeGreaterThan(medical);
    expect(medical).toBeGreaterThan(ordinary);
    expect(specialised).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    expect(termhood(input('city', 'cidade'))).toMatchObject({ reason: 'general vocabulary' });
  });

  it('reads a hyphenated adjective the general list lacks by its rarest part, unless a part is medical', () => {
    const rare = { rate: () => 0.001, partOfSpeech: 'adjective' as const };
    // General words joined: as general as `economic`, not as rare as an unlisted word.
    expect(termhood(input('political-economic', 'político-econômico', rare)).reason).toBe('general vocabulary');
    // A medical part keeps the compound medical; a noun (a study design) is not read so.
    expect(termhood(input('insulin-resistant', 'insulinorresistente', rare)).reason).toBeUndefined();
    expect(termhood(input('political-economic', 'político-econômico', { ...rare, partOfSpeech: 'noun' })).termhood).toBeGreaterThan(
      termhood(input('political-economic', 'político-econômico', rare)).termhood,
    );
  });

  it('counts a shared word of general kind less, unless one of its senses is medicine’s (WordNet)', () => {
    // Both in medicine's word list and general English; WordNet files both commonest senses as acts,
    // but debridement is also below `medical procedure`.
    const general = termhood(input('incorporation', 'incorporação')).termhood;
    const medical = termhood(input('debridement', 'desbridamento')).termhood;
    expect(medical - general).toBeGreaterThanOrEqual(0.09);
    expect(termhood(input('incorporation', 'incorporação', { rate: () => 0.0001 })).reason).toBe('general vocabulary');
    expect(termhood(input('debridement', 'desbridamento', { rate: () => 0.0001 })).reason).toBeUndefined();
  });

  it('ranks a word a medical vocabulary names a concept with as a term, however common', () => {
    // `anxiety` is a diagnosis of the entities lexicon; a corpus that uses it as often as general language does.
    expect(termhood(input('anxiety', 'ansiedade', { rate: () => 0.00001 })).termhood).toBeGreaterThanOrEqual(VOUCHED);
    expect(termhood(input('tension', 'tensão', { rate: () => 0.00001 })).termhood).toBeLessThan(VOUCHED);
  });

  it('weighs a word against the corpus: a word the corpus uses more often is more of the domain', () => {
    const seldom = termhood(input('regression', 'regressão', { rate: () => 0.0005 })).termhood;
    const often = termhood(input('regression', 'regressão', { rate: () => 0.02 })).termhood;
    expect(often).toBeGreaterThan(seldom);
  });

  it('holds back free combinations, and ranks a phrase used across documents above a one-off', () => {
    expect(termhood(input('different methods', 'diferentes métodos'))).toMatchObject({ reason: 'free combination' });
    expect(termhood(input('potential association', 'potencial associação')).reason).toBe('free combination');
    const once = termhood(input('renal biopsy', 'biópsia renal')).termhood;
    const spread = termhood(input('renal biopsy', 'biópsia renal', { documents: 3 })).termhood;
    expect(spread).toBeGreaterThan(once);
  });

  it('trusts what the termbase, keywords or entities stage know, and expanded acronyms', () => {
    expect(termhood(input('city', 'cidade', { curated: true })).termhood).toBe(1);
    expect(termhood(input('profile', 'perfil', { known: true })).termhood).toBeGreaterThanOrEqual(0.9);
    expect(termhood(input('QXR', 'QXR', { expanded: true })).termhood).toBeGreaterThanOrEqual(0.8);
  });
});

describe('adjectives of a study design standing alone', () => {
  it('are general vocabulary, hyphen-joined ones too; the phrases they open are weighed as any', () => {
    const adjective = { partOfSpeech: 'adjective' as const, documents: 12 };
    expect(termhood(input('descriptive', 'descritivo', adjective)).reason).toBe('general vocabulary');
    expect(termhood(input('retrospective', 'retrospectivo', adjective)).reason).toBe('general vocabulary');
    expect(termhood(input('descriptive-correlational', 'descritivo-correlacional', adjective)).reason).toBe('general vocabulary');
    expect(termhood(input('descriptive study', 'estudo descritivo', { documents: 3 })).reason).toBeUndefined();
    // What the termbase or the entities stage knows stays a term.
    expect(termhood(input('retrospective', 'retrospectivo', { ...adjective, known: true })).reason).toBeUndefined();
  });
});

describe('termhood of framed phrases and units', () => {
  it('holds back a term in a frame, unless the phrase recurs across articles', () => {
    expect(termhood(input('presence of axillary metastases', 'presença de metástases axilares')).reason).toBe('free combination');
    expect(termhood(input('spasm cases', 'casos de espasmo')).reason).toBe('free combination');
    // Nouns of outcome and change frame what is judged or changes.
    expect(termhood(input('dialysis efficiency', 'eficiência da diálise')).reason).toBe('free combination');
    expect(termhood(input('tumour evolution', 'evolução do tumor')).reason).toBe('free combination');
    expect(termhood(input('range of motion', 'amplitude de movimento', { documents: 3 })).reason).toBeUndefined();
  });

  it('counts a unit of measurement as a term, a metric prefix on an SI base unit too', () => {
    expect(termhood(input('mmHg', 'mmHg')).termhood).toBeGreaterThanOrEqual(0.9);
    expect(termhood(input('µg', 'µg')).termhood).toBeGreaterThanOrEqual(0.9);
    expect(termhood(input('km', 'km')).termhood).toBeGreaterThanOrEqual(0.9);
  });

  it('holds back people described by adjectives, not a compound WordNet lists nor a noun modifier', () => {
    expect(termhood(input('elderly diabetic patient', 'paciente idoso diabético')).reason).toBe('free combination');
    expect(termhood(input('obese teenagers', 'adolescentes obesos')).reason).toBe('free combination');
    expect(termhood(input('general practitioner', 'clínico geral')).reason).toBeUndefined();
    expect(termhood(input('kidney recipient', 'receptor renal')).reason).toBeUndefined();
    // A general head described by the same adjectives is not a group of people.
    expect(termhood(input('diabetic retinopathy', 'retinopatia diabética')).reason).toBeUndefined();
  });

  it('holds back a verb with its object', () => {
    expect(termhood(input('prescribe antibiotics', 'prescrever antibióticos')).reason).toBe('free combination');
    expect(termhood(input('prescribe antibiotics', 'prescrever antibióticos')).termhood).toBeLessThan(TERMHOOD_MIN);
  });
});

describe('termhood from medical vocabularies', () => {
  /** A word no more frequent in the corpus than general language uses it: only the vocabularies tell. */
  const seldom = { rate: () => 0.0002 };

  it('counts a general word that a medical lexicon names a concept with alone', () => {
    // `fever ↔ febre` is a diagnosis of the entities stage's lexicon; `rumour ↔ boato` is no medical word.
    expect(termhood(input('fever', 'febre', seldom)).termhood).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    expect(termhood(input('rumour', 'boato', seldom)).termhood).toBeLessThan(TERMHOOD_MIN);
  });

  it('counts a word built by medicine\'s word formation when its translation is built the same way', () => {
    expect(termhood(input('hepatic', 'hepático', seldom)).termhood).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    expect(termhood(input('surgical', 'cirúrgico', seldom)).termhood).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    // `schematic` holds `hemat` by chance; `esquemático` does not.
    expect(termhood(input('schematic', 'esquemático', seldom)).termhood).toBeLessThan(TERMHOOD_MIN);
  });
});

describe('termhood of adjectives and compounds', () => {
  const seldom = { rate: () => 0.0002 };

  it('asks more of an adjective standing alone than of a noun with the same value', () => {
    // A corpus rate that sets `tension` (a word of medicine's list general language uses too, no vocabulary's) between the two bars.
    const between = { rate: () => 0.013 };
    const value = termhood(input('tension', 'tensão', between)).termhood;
    expect(value).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    expect(value).toBeLessThan(ADJECTIVE_MIN);
    expect(termhood(input('tension', 'tensão', { ...between, partOfSpeech: 'noun' })).reason).toBeUndefined();
    expect(termhood(input('tension', 'tensão', { ...between, partOfSpeech: 'adjective' })).reason).toBe('general vocabulary');
    // A specialised adjective is vouched for by word formation, over both bars.
    expect(termhood(input('hepatic', 'hepático', { ...seldom, partOfSpeech: 'adjective' })).reason).toBeUndefined();
  });

  it('weighs a compound by its most medical part, or a prefix on a medical word', () => {
    // `fever` is a diagnosis of the lexicon; none of these compounds is in a list, so their corpus ratio is alike.
    const value = (en: string, pt: string) => termhood(input(en, pt, seldom)).termhood;
    expect(value('fever-free', 'livre-de-febre')).toBeGreaterThanOrEqual(TERMHOOD_MIN);
    expect(value('fever-free', 'livre-de-febre')).toBeGreaterThan(value('rumour-free', 'livre-de-boato') + 0.1);
    expect(value('superfever', 'superfebre')).toBeGreaterThan(value('superrumour', 'superboato') + 0.3);
  });
});
