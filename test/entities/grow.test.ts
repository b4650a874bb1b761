import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

const diagnoses = (text: string) =>
  extractEntities(text, 'en')
    .filter((e) => e.type === 'diagnosis')
    .map((e) => e.text);

describe('a diagnosis grown over the words before it', () => {
  it('takes a name a hyphen joins, with a number in a name in capitals', () => {
    expect(diagnoses('No XYZ-RV-4 infection was seen.')).toEqual(['XYZ-RV-4 infection']);
    expect(diagnoses('A type-2 infection was seen.')).toEqual(['infection']);
    // A one-letter label with a number is a day or a stage, not a name.
    expect(diagnoses('At day D-7 fever began.')).toEqual(['fever']);
    expect(diagnoses('No QX-4 infection was seen.')).toEqual(['QX-4 infection']);
  });

  it('leaves out the article that opens the sentence, not a letter naming a form', () => {
    expect(diagnoses('A bacterial infection was suspected.')).toEqual(['bacterial infection']);
    expect(diagnoses('(A viral infection was ruled out.)')).toEqual(['viral infection']);
    expect(diagnoses('Group A streptococcal infection was found.')).toEqual(['Group A streptococcal infection']);
    expect(diagnoses('Fragile X syndrome runs in families.')).toEqual(['Fragile X syndrome']);
    // A bare head is no mention: with the article gone, nothing is left of it.
    expect(diagnoses('A syndrome of short stature and deafness.')).toEqual(['deafness']);
  });

  it('takes the particles of an eponym, small or capitalised', () => {
    expect(diagnoses('Von Hippel-Lindau disease was confirmed.')).toEqual(['Von Hippel-Lindau disease']);
    expect(diagnoses('She has von Willebrand disease.')).toEqual(['von Willebrand disease']);
    expect(diagnoses('He had van der Woude syndrome.')).toEqual(['van der Woude syndrome']);
    expect(diagnoses('De Quervain tenosynovitis of the wrist.')).toEqual(['De Quervain tenosynovitis']);
    // A particle before the head noun itself names no eponym.
    expect(diagnoses('Ligue Contre le Cancer.')).toEqual(['Cancer']);
  });

  it('takes no number word, and an article only as a capitalised particle', () => {
    expect(diagnoses('We enrolled ten Huntington disease patients.')).toEqual(['Huntington disease']);
    expect(diagnoses('Ten Huntington disease patients were enrolled.')).toEqual(['Huntington disease']);
    expect(diagnoses('La Crosse encephalitis was diagnosed.')).toEqual(['La Crosse encephalitis']);
    expect(diagnoses('He was seen for la Crosse encephalitis.')).toEqual(['Crosse encephalitis']);
  });

  it('stops at a dash between spaces', () => {
    expect(diagnoses('The known agent - Acute Respiratory Syndrome - spread.')).toEqual(['Acute Respiratory Syndrome']);
  });
});

describe('a brand grown over a capitalised word a hyphen joins before it', () => {
  const drugs = (text: string, lang: 'en' | 'pt' = 'en') =>
    extractEntities(text, lang)
      .filter((e) => e.type === 'drug')
      .map((e) => ({ text: e.text, brand: e.brand, dose: e.dose }));

  it('keeps the whole brand as written, with the dose before it', () => {
    expect(drugs('She was given 40 mg of Depo-Medrol.')).toEqual([{ text: 'Depo-Medrol', brand: 'Depo-Medrol', dose: '40' }]);
    expect(drugs('Recebeu 40 mg de Depo-Medrol.', 'pt')).toEqual([{ text: 'Depo-Medrol', brand: 'Depo-Medrol', dose: '40' }]);
    expect(drugs('Xolu-Tylenol 500 mg was taken.')).toEqual([{ text: 'Xolu-Tylenol', brand: 'Xolu-Tylenol', dose: '500' }]);
  });

  it('leaves a prefix or word of the dictionary out', () => {
    expect(drugs('Anti-Tylenol leaflets were handed out.')).toEqual([{ text: 'Tylenol', brand: 'Tylenol', dose: undefined }]);
    expect(drugs('Post-Tylenol nausea.')).toEqual([{ text: 'Tylenol', brand: 'Tylenol', dose: undefined }]);
  });

  it("leaves out a word of the text's language and a maker's name", () => {
    expect(drugs('Tomou Controle-Tylenol ontem.', 'pt')).toEqual([{ text: 'Tylenol', brand: 'Tylenol', dose: undefined }]);
    expect(drugs('Recebeu 40 mg de Xolu-Medrol.', 'pt')).toEqual([{ text: 'Xolu-Medrol', brand: 'Xolu-Medrol', dose: '40' }]);
    expect(drugs('He was started on Merck-Keytruda.')).toEqual([{ text: 'Keytruda', brand: 'Keytruda', dose: undefined }]);
    expect(drugs('Iniciou Pfizer-Medrol.', 'pt')).toEqual([{ text: 'Medrol', brand: 'Medrol', dose: undefined }]);
  });
});

describe('a Portuguese diagnosis grown over an eponym after de', () => {
  const pt = (text: string) =>
    extractEntities(text, 'pt')
      .filter((e) => e.type === 'diagnosis')
      .map((e) => e.text);

  it('takes particles and hyphenated names, then the modifiers after', () => {
    expect(pt('Foi excluída doença de Von Willebrand.')).toEqual(['doença de Von Willebrand']);
    expect(pt('Tem doença de von Hippel-Lindau.')).toEqual(['doença de von Hippel-Lindau']);
    expect(pt('Doença de Creutzfeldt-Jakob esporádica.')).toEqual(['Doença de Creutzfeldt-Jakob esporádica']);
    expect(pt('Tem doença de La Peyronie grave.')).toEqual(['doença de La Peyronie grave']);
  });
});

describe('an infection grown over the agent named after it', () => {
  const dx = (text: string, lang: 'en' | 'pt') =>
    extractEntities(text, lang)
      .filter((e) => e.type === 'diagnosis')
      .map((e) => e.text);

  it('takes a name in capitals with its hyphenated parts', () => {
    expect(dx('Tem infecção por SARS-CoV-2 confirmada.', 'pt')).toEqual(['infecção por SARS-CoV-2']);
    expect(dx('Infection with HIV-1 was confirmed.', 'en')).toEqual(['Infection with HIV-1']);
    expect(dx('Cases of infection by HCoV-229E were rare.', 'en')).toEqual(['infection by HCoV-229E']);
  });

  it('takes a Latin genus with its epithet, or a virus noun', () => {
    expect(dx('Infection with Staphylococcus aureus was treated.', 'en')).toEqual(['Infection with Staphylococcus aureus']);
    expect(dx('Teve infecção urinária por E. coli.', 'pt')).toEqual(['infecção urinária por E. coli']);
    expect(dx('Houve infecção pelo vírus Zika na gestação.', 'pt')).toEqual(['infecção pelo vírus Zika']);
  });

  it('takes a mention that names the infection by the agent, not a disease of its own', () => {
    const hiv = extractEntities('Infection with HIV was confirmed.', 'en').filter((e) => e.type === 'diagnosis');
    expect(hiv.map((e) => [e.text, e.normalized])).toEqual([['Infection with HIV', 'HIV infection']]);
    expect(dx('Cases of infection by COVID-19 rose.', 'en')).toEqual(['infection', 'COVID-19']);
  });

  it('takes nothing that names no agent', () => {
    expect(dx('An infection with fever and chills.', 'en')).toEqual(['infection', 'fever']);
    expect(dx('No infection with HIV-positive donors.', 'en')).toEqual(['infection']);
    expect(dx('Sem infecção por falta de exposição.', 'pt')).toEqual(['infecção']);
  });

  it('takes no route, ward, day or service in capitals as the agent', () => {
    const en = extractEntities('Care of the infection with IV fluids began.', 'en').filter((e) => e.type === 'diagnosis');
    expect(en.map((e) => [e.text, e.normalized])).toEqual([['infection', 'infection']]);
    expect(dx('A skin infection by POD 4 was seen.', 'en')).toEqual(['skin infection']);
    expect(dx('Line infection by ICU day 6 was seen.', 'en')).toEqual(['Line infection']);
    expect(dx('Houve infecção por CVC no dia 2.', 'pt')).toEqual(['infecção']);
    expect(dx('Tratou a infecção por SUS no posto.', 'pt')).toEqual(['infecção']);
    // A route with a number after a hyphen, or a name the text defines as no agent, is none either.
    expect(dx('An infection with IV-2 lines.', 'en')).toEqual(['infection']);
    expect(dx('The drain tube (DTX-2) had an infection by DTX-2 later.', 'en')).toEqual(['infection']);
    // Defined as a virus, it is the agent.
    expect(dx('The Qwerty virus (QWV-2) caused an infection by QWV-2 later.', 'en')).toEqual(['infection by QWV-2']);
  });
});
