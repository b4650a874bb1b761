import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

const diagnoses = (text: string) =>
  extractEntities(text, 'pt')
    .filter((e) => e.type === 'diagnosis')
    .map((e) => e.text);

describe('Portuguese findings: a structure and its abnormality', () => {
  it('reads echocardiography wording, with which structure and the grade', () => {
    expect(diagnoses('Ecocardiograma: ventrículo direito dilatado, função sistólica comprometida.')).toEqual(['ventrículo direito dilatado', 'função sistólica comprometida']);
    expect(diagnoses('AD E VD AUMENTADOS EM GRAU MODERADO.')).toEqual(['AD E VD AUMENTADOS EM GRAU MODERADO']);
    expect(diagnoses('Contratilidade segmentar do VE alterada; valvas espessadas discretamente.')).toEqual(['Contratilidade segmentar do VE alterada', 'valvas espessadas discretamente']);
  });

  it('reads examination and ultrasound wording in any gender and number', () => {
    expect(diagnoses('Ao exame, bulhas abafadas e pulsos filiformes.')).toEqual(['bulhas abafadas', 'pulsos filiformes']);
    expect(diagnoses('Ultrassom com baço aumentado.')).toEqual(['baço aumentado']);
  });

  it('needs the structure: an abnormality alone, or said of a dose, is no finding', () => {
    expect(diagnoses('Dose aumentada para 20 mg.')).toEqual([]);
    expect(diagnoses('Foi aumentado o intervalo entre as consultas.')).toEqual([]);
    // Five words away is too far to be said of it.
    expect(diagnoses('O fígado, segundo a ecografia feita ontem, estava aumentado.')).toEqual([]);
  });

  it('lets `e` right after the structure join a second finding, not a second structure', () => {
    expect(diagnoses('Fígado aumentado de volume e heterogêneo.')).toEqual(['Fígado aumentado']);
  });
});

describe('Portuguese course words and European forms', () => {
  it('does not make a finding of how a picture runs', () => {
    expect(diagnoses('Iniciou quadro progressivo de cefaleia.')).toEqual(['cefaleia']);
    expect(diagnoses('Quadro de instalação súbita.')).toEqual([]);
  });

  it('knows disorders by their Greek endings and European Portuguese names', () => {
    expect(diagnoses('Apresentava anosognosia, hipoacusia e bradipsiquismo.')).toEqual(['anosognosia', 'hipoacusia', 'bradipsiquismo']);
    expect(diagnoses('Hipoperfusão cerebral em doente com fibrilhação auricular.')).toEqual(['Hipoperfusão cerebral', 'fibrilhação auricular']);
    // Image descriptors are a result, not a condition; `reperfusão` is a treatment's aim.
    expect(diagnoses('TC com hipodensidade e RM com hipersinal após reperfusão.')).toEqual([]);
  });
});
