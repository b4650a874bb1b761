import { describe, expect, it } from 'vitest';
import { isNamedLongForm, residueReason, type ResidueInput } from '../../src/glossary/residue.js';

const pair = (en: string, pt: string, more: Partial<ResidueInput> = {}): ResidueInput => ({
  en,
  pt,
  via: new Set(['cognate']),
  known: false,
  independence: { en: 1, pt: 1 },
  ...more,
});

describe('residue held back with its reason', () => {
  it('citation apparatus: et al, a lone al, superscript numbers', () => {
    expect(residueReason(pair('Moreira et al', 'Moreira et al'))).toBe('citation');
    expect(residueReason(pair('al', 'al'))).toBe('citation');
    expect(residueReason(pair('disease¹²', 'doença¹²'))).toBe('citation');
    expect(residueReason(pair('²³', '²³'))).toBe('citation');
  });

  it('an acronym copied alike that WordNet knows as an organisation is a name', () => {
    expect(residueReason(pair('UNESCO', 'UNESCO', { via: new Set(['cognate']) }))).toBe('name');
    expect(residueReason(pair('NICU', 'NICU'))).toBe('name');
    // A medical sense or another kind of thing is no organisation; a translated acronym is left alone; so is one a vocabulary knows.
    expect(residueReason(pair('HIV', 'HIV'))).toBeUndefined();
    expect(residueReason(pair('ECG', 'ECG'))).toBeUndefined();
    expect(residueReason(pair('NICU', 'UTIN'))).toBeUndefined();
    expect(residueReason(pair('NATO', 'NATO', { known: true }))).toBeUndefined();
  });

  it('does not ask WordNet whether an acronym names a body where the document defines it by a term', () => {
    const defined = { via: new Set(['acronym']) };
    expect(residueReason(pair('UNESCO', 'UNESCO', defined))).toBe('name');
    // Defined by a term in English only: the English letters kept in the Portuguese; in Portuguese too: at home there.
    expect(residueReason(pair('UNESCO', 'UNESCO', { ...defined, definedAsTerm: true }))).toBe('untranslated');
    expect(residueReason(pair('UNESCO', 'UNESCO', { ...defined, definedAsTerm: true, definedInPortuguese: true }))).toBeUndefined();
    // A name given by the document's own definitions still holds it.
    expect(residueReason(pair('UNESCO', 'UNESCO', { ...defined, definedAsTerm: true, standsForName: true }))).toBe('name');
  });

  it('numbers and codes', () => {
    expect(residueReason(pair('2019', '2019'))).toBe('number');
    expect(residueReason(pair('P7', 'P7'))).toBe('code');
    expect(residueReason(pair('GR3', 'GR3'))).toBe('code');
    // A code the termbase or the entities stage knows is a term (COVID-19 has digits too).
    expect(residueReason(pair('IL6', 'IL6', { known: true }))).toBeUndefined();
  });

  it('fragments: a connector at an edge, one side a piece of the other, a piece of a longer candidate on both sides', () => {
    expect(residueReason(pair('Porto de', 'Porto'))).toBe('fragment');
    expect(residueReason(pair('de Souza', 'Souza'))).toBe('fragment');
    expect(residueReason(pair('mmol/L', 'L'))).toBe('fragment');
    expect(residueReason(pair('alegre', 'alegre', { independence: { en: 0, pt: 0.1 } }))).toBe('fragment');
    // Nested on one side only is no fragment (hipertensão beside hipertensão arterial).
    expect(residueReason(pair('hypertension', 'hipertensão', { independence: { en: 1, pt: 0 } }))).toBeUndefined();
    // A capital letter at an edge is a symbol, not a connector.
    expect(residueReason(pair('vitamin E', 'vitamina E'))).toBeUndefined();
  });

  it('names of places, people, institutions and programmes', () => {
    expect(residueReason(pair('Porto Alegre', 'Porto Alegre'))).toBe('name');
    expect(residueReason(pair('Ministry', 'Ministério'))).toBe('name');
    expect(residueReason(pair('Souza', 'Souza'))).toBe('name');
    expect(residueReason(pair('SAMUcare', 'SAMUcare'))).toBe('name');
    // A Latin binomial, an analyte written with a small letter (HDLc) and a heading's capitals on medical words are no name.
    expect(residueReason(pair('Candida albicans', 'Candida albicans'))).toBeUndefined();
    expect(residueReason(pair('HDLc', 'HDLc', { known: true }))).toBeUndefined();
    expect(residueReason(pair('Nephrotic Syndrome', 'Síndrome Nefrótica'))).toBeUndefined();
    expect(residueReason(pair('IgA', 'IgA'))).toBeUndefined();
  });

  it('a heading\'s capitalised word translated is no name; a noun that heads names is', () => {
    expect(residueReason(pair('Nursing', 'Enfermagem'))).toBeUndefined();
    expect(residueReason(pair('Devices', 'Dispositivos'))).toBeUndefined();
    expect(residueReason(pair('University', 'Universidade'))).toBe('name');
    // Copied identical, a capitalised word is still a name.
    expect(residueReason(pair('Goiânia', 'Goiânia'))).toBe('name');
  });

  it('a translated dictionary word seen only inside longer candidates is a word of its own, not a fragment', () => {
    const nested = { independence: { en: 0.05, pt: 0.05 } };
    expect(residueReason(pair('excision', 'excisão', nested))).toBeUndefined();
    expect(residueReason(pair('Janeiro', 'Janeiro', nested))).not.toBeUndefined();
  });

  it('a long form with a number in it is read on its words (`Syndrome Coronavirus 2`)', () => {
    expect(isNamedLongForm('Severe Acute Respiratory Syndrome 2')).toBe(false);
    expect(isNamedLongForm('Severe Acute Respiratory Syndrome')).toBe(false);
    expect(isNamedLongForm('National Health Survey')).toBe(true);
  });

  it('a word the dictionary writes only with its capital: a place, a people', () => {
    expect(residueReason(pair('Norway', 'Noruega'))).toBe('name');
    expect(residueReason(pair('Italian', 'italiano'))).toBe('name');
    // A word the dictionary has in small letters too is left to the other rules.
    expect(residueReason(pair('March', 'março'))).toBeUndefined();
    expect(residueReason(pair('Nursing', 'Enfermagem'))).toBeUndefined();
  });

  it('a capitalised phrase headed by a noun that heads names, even of medical words', () => {
    expect(residueReason(pair('National Cancer Institute', 'Instituto Nacional de Câncer'))).toBe('name');
    expect(residueReason(pair('Chronic Kidney Disease', 'Doença Renal Crônica'))).toBeUndefined();
    expect(isNamedLongForm('World Health Organization')).toBe(true);
    expect(isNamedLongForm('Statistical Package for the Social Sciences')).toBe(true);
    expect(isNamedLongForm('Acute Respiratory Distress Syndrome')).toBe(false);
    expect(isNamedLongForm('acute kidney injury')).toBe(false);
  });

  it('a capitalised phrase headed by an instrument\'s noun names one instrument', () => {
    expect(residueReason(pair('Hand Dexterity Scale', 'escala de destreza manual'))).toBe('name');
    expect(residueReason(pair('Sleep Habits Questionnaire', 'questionário de hábitos de sono'))).toBe('name');
    expect(isNamedLongForm('Pelvic Floor Distress Inventory')).toBe(true);
    // In small letters it is the generic type of instrument, a term.
    expect(residueReason(pair('hand dexterity scale', 'escala de destreza manual'))).toBeUndefined();
    expect(residueReason(pair('visual analogue scale', 'escala visual analógica'))).toBeUndefined();
    // A compound WordNet lists is a word of the language, in capitals too.
    expect(isNamedLongForm('Body Mass Index')).toBe(false);
    // An instrument's noun alone is a heading's word.
    expect(residueReason(pair('Scale', 'Escala'))).toBeUndefined();
  });

  it('an acronym standing for a name is a name, whatever its evidence', () => {
    const acronym = { via: new Set(['acronym']) };
    expect(residueReason(pair('WHO', 'OMS', { ...acronym, standsForName: true }))).toBe('name');
    expect(residueReason(pair('AKI', 'LRA', acronym))).toBeUndefined();
  });

  it('a count or a value read with a term: a number opening a phrase, or one of two digits or more closing it', () => {
    expect(residueReason(pair('sensitivity 85', 'sensibilidade 85'))).toBe('fragment');
    expect(residueReason(pair('dose 2.5', 'dose 2,5'))).toBe('fragment');
    expect(residueReason(pair('3 genes', '3 genes'))).toBe('fragment');
    // A designation is a small number: part of the term.
    expect(residueReason(pair('type 2 diabetes', 'diabetes tipo 2'))).toBeUndefined();
    expect(residueReason(pair('interleukin 6', 'interleucina 6'))).toBeUndefined();
  });

  it('a number with its unit inside the phrase: a dose or a value, wherever it stands', () => {
    expect(residueReason(pair('oxacillin 2 g', 'oxacilina 2 g'))).toBe('fragment');
    expect(residueReason(pair('500 mg tablet', 'comprimido de 500 mg'))).toBe('fragment');
    expect(residueReason(pair('dextrose 5%', 'glicose 5%'))).toBe('fragment');
    expect(residueReason(pair('insulin 10 UI/kg', 'insulina 10 UI/kg'))).toBe('fragment');
    // A designation's number, or one inside a symbol, has no unit after it.
    expect(residueReason(pair('type 2 diabetes', 'diabetes tipo 2'))).toBeUndefined();
    expect(residueReason(pair('vitamin B12 deficiency', 'deficiência de vitamina B12'))).toBeUndefined();
    expect(residueReason(pair('COVID-19 vaccine', 'vacina COVID-19'))).toBeUndefined();
  });

  it('a small closing number its sentences follow with a unit: a dose or a value, not a designation', () => {
    const seen = (en: string, pt: string) => ({ examples: [{ en, pt }] });
    expect(residueReason(pair('progesterone 4', 'progesterona 4', seen('Rats received progesterone 4 mg daily.', 'Os ratos receberam progesterona 4 mg por dia.')))).toBe('fragment');
    expect(residueReason(pair('fibrosis grade 1', 'grau de fibrose 1', seen('Fibrosis grade 1 and 2 were mild.', 'Os graus de fibrose 1 e 2 foram leves.')))).toBeUndefined();
    // Only the Portuguese sentence shows the value.
    expect(residueReason(pair('cortisol 3', 'cortisol 3', seen('cortisol 3 was given', 'cortisol 3 μg/dia foi dado')))).toBe('fragment');
    // A designation followed by a word, a code, a bracket or another designation is part of the term.
    expect(residueReason(pair('type 2 diabetes', 'diabetes tipo 2', seen('Type 2 diabetes and type 1 diabetes.', 'Diabetes tipo 2 e diabetes tipo 1.')))).toBeUndefined();
    expect(residueReason(pair('interleukin 6', 'interleucina 6', seen('Interleukin 6 (IL-6) levels rose.', 'Os níveis de interleucina 6 (IL-6) subiram.')))).toBeUndefined();
    expect(residueReason(pair('caspase 3', 'caspase 3', seen('caspase 3 activity', 'atividade da caspase 3')))).toBeUndefined();
    // A letter whose small form is longer (İ) before the term does not shift where the unit is read.
    expect(residueReason(pair('progesterone 4', 'progesterona 4', seen('İİİ progesterone 4 mg daily.', 'İİİ progesterona 4 mg por dia.')))).toBe('fragment');
  });

  it('a section heading: a phrase seen in capitals on both sides, of words the dictionaries have', () => {
    expect(residueReason(pair('STUDY LIMITATIONS', 'LIMITAÇÕES DO ESTUDO'))).toBe('name');
    expect(residueReason(pair('PRACTICAL RELEVANCE', 'RELEVÂNCIA PRÁTICA'))).toBe('name');
    // Acronyms, a single word, a side in small letters, and the termbase's terms are no headings.
    expect(residueReason(pair('COPD', 'DPOC', { via: new Set(['acronym']) }))).toBeUndefined();
    expect(residueReason(pair('SARS-CoV-2 RNA', 'RNA SARS-CoV-2'))).toBeUndefined();
    expect(residueReason(pair('practical relevance', 'relevância prática'))).toBeUndefined();
    expect(residueReason(pair('CHRONIC PAIN', 'DOR CRÔNICA', { known: true }))).toBeUndefined();
  });

  it('English left on the Portuguese side, not a form both languages share', () => {
    expect(residueReason(pair('numerical rating scale', 'Numerical Rating Scale'))).toBe('untranslated');
    expect(residueReason(pair('quality of life', 'quality of life'))).toBe('untranslated');
    // Compounds of English words, in either case.
    expect(residueReason(pair('self-reported', 'self-reported'))).toBe('untranslated');
    expect(residueReason(pair('body-related Self-Conscious', 'Body-related Self-Conscious'))).toBe('untranslated');
    // Shared compounds: a prefix on a symbol, an acronym with a number, an eponym.
    expect(residueReason(pair('anti-TNF', 'anti-TNF'))).toBeUndefined();
    expect(residueReason(pair('SARS-CoV-2', 'SARS-CoV-2'))).toBeUndefined();
    expect(residueReason(pair('diabetes mellitus', 'diabetes mellitus'))).toBeUndefined();
    expect(residueReason(pair('interface', 'interface'))).toBeUndefined();
    expect(residueReason(pair('HIV', 'HIV', { known: true }))).toBeUndefined();
  });

  it('English left on the Portuguese side in another number, or only inside English words', () => {
    // An English plural or singular of the English, a word Portuguese lacks.
    expect(residueReason(pair('ward', 'Wards'))).toBe('untranslated');
    expect(residueReason(pair('nurse', 'Nurses'))).toBe('untranslated');
    // A word the Brazilian dictionary lists too, written in the Portuguese sentences only beside English words.
    const oddsOnly = [{ en: 'The hazard ratio was 2.', pt: 'O hazard ratio foi 2.' }, { en: 'Odds ratio (OR).', pt: 'Odds ratio (OR).' }];
    expect(residueReason(pair('ratio', 'ratio', { examples: oddsOnly }))).toBe('untranslated');
    // The same word standing among Portuguese words is shared.
    const inPortuguese = [{ en: 'The socioeconomic status was low.', pt: 'O status socioeconômico era baixo.' }];
    expect(residueReason(pair('status', 'status', { examples: inPortuguese }))).toBeUndefined();
    const mixed = [...oddsOnly, { en: 'The ratio was low.', pt: 'A ratio era baixa.' }];
    expect(residueReason(pair('ratio', 'ratio', { examples: mixed }))).toBeUndefined();
    // A Portuguese plural of a shared word is Portuguese.
    expect(residueReason(pair('interface', 'interfaces'))).toBeUndefined();
  });

  it('a phrase cut before the name its last noun stands for', () => {
    const cut = [{ en: 'The H3N2 influenza virus spread.', pt: 'O vírus influenza subtipo H3N2 se espalhou.' }];
    expect(residueReason(pair('H3N2 influenza virus', 'vírus influenza subtipo', { examples: cut }))).toBe('fragment');
    const gene = [{ en: 'Mutations of the KRAS exon 2 gene.', pt: 'Mutações do exon 2 do gene KRAS.' }];
    expect(residueReason(pair('exon 2 gene', 'exon 2 do gene', { examples: gene }))).toBe('fragment');
    // The noun closing the phrase, or followed by a function word: the phrase is whole.
    const whole = [{ en: 'The gene was expressed in the cells.', pt: 'A expressão do gene em células foi alta.' }];
    expect(residueReason(pair('gene expression', 'expressão do gene', { examples: whole }))).toBeUndefined();
    expect(residueReason(pair('blood type', 'tipo sanguíneo', { examples: [{ en: 'Blood type was O.', pt: 'O tipo sanguíneo era O.' }] }))).toBeUndefined();
  });

  it('acronyms nothing expands, unless their long forms were paired', () => {
    expect(residueReason(pair('QXR', 'QXR'))).toBe('acronym without expansion');
    expect(residueReason(pair('QXR', 'QXR', { via: new Set(['acronym']) }))).toBeUndefined();
  });
});
