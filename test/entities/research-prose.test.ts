import { describe, expect, it } from 'vitest';
import { findForeignDefinitions } from '../../src/entities/abbreviations.js';
import { extractEntities } from '../../src/entities/extract.js';
import { documentEntities } from '../../src/entities/plugin.js';
import type { Sentence } from '../../src/types.js';

// Invented sentences in the manner of research articles (methods, statistics, nursing studies),
// where the clinical-note rules misread general words as tests and drugs.

const mentions = (text: string, lang: 'en' | 'pt') => extractEntities(text, lang).map((e) => `${e.type}:${e.text}${e.value ? `=${e.value}` : ''}`);

function sentence(lang: 'en' | 'pt', n: number, text: string): Sentence {
  return { id: `${lang}-${n}`, lang, n, part: 'body', section: 'METHODS', text, start: 0, end: text.length, citations: [] };
}

describe('short forms a document defines as no mention', () => {
  it('finds the words whose initials spell the short form, function words and numerals included', () => {
    const text = 'Nurses used Guided Role Play (GRP) and the Unidade de Cuidado Integral (UCI), and Clinical Rotation II (CRII).';
    expect(findForeignDefinitions(text, [], 'en').map((f) => [f.short, f.long])).toEqual([
      ['GRP', 'Guided Role Play'],
      ['CRII', 'Clinical Rotation II'],
    ]);
    expect(findForeignDefinitions(text, [], 'pt').map((f) => f.short)).toEqual(['GRP', 'UCI', 'CRII']);
  });

  it('is no definition when a mention covers the long form or the initials do not spell it', () => {
    const text = 'Chronic kidney disease (CKD) and a random phrase (XYZ).';
    expect(findForeignDefinitions(text, extractEntities(text, 'en'), 'en')).toEqual([]);
  });

  it('drops a lexicon abbreviation the document defines otherwise, in every sentence', () => {
    const found = documentEntities([
      sentence('en', 1, 'The ward adopted Team Planning (TP) during each shift.'),
      sentence('en', 2, 'Every TP meeting lasted twenty minutes.'),
      sentence('pt', 1, 'A equipe usou a Brincadeira Temática (BT) nas visitas.'),
      sentence('pt', 2, 'Cada rodada de BT durou vinte minutos.'),
    ]);
    expect(found.filter((e) => e.text === 'TP' || e.text === 'BT')).toEqual([]);
  });

  it('keeps the abbreviation when the document defines it as the same test, or as a mention', () => {
    expect(mentions('Cognition was scored with the Mini Mental State Examination (MMSE).', 'en')).toContain('lab:MMSE');
    const found = documentEntities([sentence('pt', 1, 'A bilirrubina total (BT) foi de 3,1 mg/dL.'), sentence('pt', 2, 'A BT caiu depois.')]);
    expect(found.filter((e) => e.text === 'BT').map((e) => e.type)).toEqual(['lab', 'lab']);
  });
});

describe('general words beside a lab cue or before a percentage', () => {
  it('reads no statistic or general word as a lab (English)', () => {
    expect(mentions('Specificity was 91% and the response rate was 12%, with a 90% credibility level.', 'en')).toEqual([]);
    expect(mentions('Teachers with a higher income level worked at regional level.', 'en')).toEqual([]);
    expect(mentions('The survey measured levels of loneliness among the students.', 'en')).toEqual([]);
    // A plural in `-es` whose singular ends in `-e` is looked up by that singular (`attitudes`: attitude).
    expect(mentions('The survey measured levels of attitudes and levels of practices among the nurses.', 'en')).toEqual([]);
  });

  it('still reads an analyte the dictionary lacks or names as a substance (English)', () => {
    expect(mentions('Serum leptin levels were high.', 'en')).toContain('lab:leptin');
    expect(mentions('Osteocalcin levels and levels of cortisol were measured.', 'en')).toEqual(expect.arrayContaining(['lab:Osteocalcin', 'lab:cortisol']));
    expect(mentions('Levels of hormones and levels of enzymes were measured.', 'en')).toEqual(['lab:hormones', 'lab:enzymes']);
  });

  it('reads a vital sign named before its value across a linking word, in both languages', () => {
    expect(mentions('Her oxygen saturation was 91% on room air.', 'en')).toEqual(['lab:oxygen saturation=91']);
    expect(mentions('An oxygen saturation of 88% was recorded.', 'en')).toEqual(['lab:oxygen saturation=88']);
    expect(mentions('A saturação de oxigênio foi 90% em ar ambiente.', 'pt')).toEqual(['lab:saturação de oxigênio=90']);
    // Without a unit the number may count anything: no reading.
    expect(mentions('The heart rate of 10 patients rose.', 'en')).toEqual([]);
  });

  it('reads no abstract noun after nível de as a lab, nor a word before níveis (Portuguese)', () => {
    expect(mentions('Adotou-se nível de relevância de 5% e nível de segurança de 90%.', 'pt')).toEqual([]);
    expect(mentions('Enfermeiros de vários níveis hierárquicos participaram.', 'pt')).toEqual([]);
    expect(mentions('Os níveis de leptina estavam altos.', 'pt')).toContain('lab:leptina');
  });
});

describe('names that hold element symbols or numbers', () => {
  it('reads no formula inside a hyphenated virus name', () => {
    expect(mentions('Infection by MERS-CoV and HCoV-229E was ruled out.', 'en').filter((m) => m.startsWith('drug'))).toEqual([]);
    expect(mentions('He received NaHCO3 and KCl; KCl-induced contraction was slower.', 'en')).toEqual(['drug:NaHCO3', 'drug:KCl', 'drug:KCl']);
  });

  it('takes no value from a number a hyphen joins to a name', () => {
    expect(extractEntities('IgM titres against anti-HHV-6 antigen were read.', 'en').find((e) => e.text === 'IgM')?.value).toBeUndefined();
    expect(extractEntities('A PCR with the Multiplex 2021-RSV kit was run.', 'en').find((e) => e.text === 'PCR')?.value).toBeUndefined();
    expect(extractEntities('IgM was 12 U/mL.', 'en')[0]?.value).toBe('12');
  });
});

describe('care settings', () => {
  it('reads an intensive care unit as no treatment (Portuguese)', () => {
    expect(mentions('Ficou três dias na unidade de terapia intensiva (UTI) e voltou à UTI depois.', 'pt')).toEqual([]);
    expect(mentions('Em terapia intensiva recebeu noradrenalina.', 'pt')).toEqual(['drug:noradrenalina']);
  });
});

describe('a lexicon abbreviation the document defines as another thing', () => {
  it('reads it as the document defines it', () => {
    const found = extractEntities('The polymerase chain reaction (PCR) for the virus was positive, and PCR was repeated.', 'en');
    expect(found.filter((e) => e.text === 'PCR').map((e) => [e.type, e.normalized])).toEqual([
      ['lab', 'polymerase chain reaction'],
      ['lab', 'polymerase chain reaction'],
    ]);
    // A test whose name begins with a finding is the test, and so is its short form.
    expect(extractEntities('The bleeding time (BT) was long and the BT fell after treatment.', 'en').map((e) => [e.type, e.text])).toEqual([
      ['lab', 'bleeding time'],
      ['lab', 'BT'],
      ['lab', 'BT'],
    ]);
  });

  it('keeps a short form whose long form is the other language\'s name of a mention', () => {
    const found = documentEntities([sentence('pt', 1, 'Usou-se a Polymerase Chain Reaction (PCR) em todos.'), sentence('pt', 2, 'A PCR foi negativa.')]);
    expect(found.filter((e) => e.text === 'PCR').map((e) => e.type)).toEqual(['lab', 'lab']);
  });
});

describe('a test the document names otherwise than the lexicon', () => {
  it('keeps a short form whose lexicon name shares a word with the long form, and no other', () => {
    expect(mentions('Nurses trained in Team Coaching (TC) used TC daily.', 'en')).toEqual([]);
    expect(mentions('Cognition was scored with the Mini Mental State Exam (MMSE), and the MMSE was low.', 'en').filter((m) => m.includes('MMSE'))).toEqual(['lab:MMSE', 'lab:MMSE']);
  });
});
