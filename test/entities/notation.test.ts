import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';
import type { Entity } from '../../src/types.js';

/**
 * Clinical notation in both languages, one case per notation the issue
 * lists (sentences written for these tests in the style of case reports and
 * Brazilian notes).
 */
const en = (text: string) => extractEntities(text, 'en');
const pt = (text: string) => extractEntities(text, 'pt');
const named = (es: Entity[], text: string) => es.find((e) => e.text.toLowerCase() === text.toLowerCase());

describe('numbers as written', () => {
  it('reads thousands separators: 450,000 in English, 450.000 in Portuguese', () => {
    expect(named(en('Platelets were 312,000/mm³.'), 'platelets')).toMatchObject({ value: '312,000', number: 312000, unit: '/mm³', ucum: '/mm3' });
    expect(named(pt('Plaquetas de 312.000/mm³.'), 'plaquetas')).toMatchObject({ value: '312.000', number: 312000, ucum: '/mm3' });
  });

  it('reads decimal commas and keeps the value as written', () => {
    expect(named(pt('Creatinina 1,35 mg/dL.'), 'creatinina')).toMatchObject({ value: '1,35', number: 1.35, ucum: 'mg/dL' });
    expect(named(en('Creatinine 1.35 mg/dL.'), 'creatinine')).toMatchObject({ value: '1.35', number: 1.35 });
  });

  it('reads powers of ten as units: × 10³/mm³, x10^9/L, 10⁹/L', () => {
    expect(named(en('Leukocytes 11.2 × 10³/mm³.'), 'leukocytes')).toMatchObject({ value: '11.2', unit: '× 10³/mm³', ucum: '10*3/mm3' });
    expect(named(pt('Leucócitos 11,2 x10^9/L.'), 'leucócitos')).toMatchObject({ value: '11,2', unit: 'x10^9/L', ucum: '10*9/L' });
    expect(named(en('Neutrophils 0.9 10⁹/L.'), 'neutrophils')).toMatchObject({ number: 0.9, ucum: '10*9/L' });
  });

  it('reads a bounded value: <, ≤, >', () => {
    expect(named(en('Troponin T <0.005 ng/mL.'), 'troponin T')).toMatchObject({ value: '<0.005', number: 0.005 });
    expect(named(pt('Procalcitonina > 10 ng/mL.'), 'procalcitonina')).toMatchObject({ value: '> 10', number: 10 });
  });
});

describe('units', () => {
  it('reads the whole unit and its UCUM code, in both languages', () => {
    const cases: Array<[Entity[], string, string, string]> = [
      [en('Free T4 was 0.6 ng/dL.'), 'free T4', 'ng/dL', 'ng/dL'],
      [en('TSH 12.4 mIU/L.'), 'TSH', 'mIU/L', 'm[iU]/L'],
      [pt('TSH 12,4 mUI/L.'), 'TSH', 'mUI/L', 'm[iU]/L'],
      [pt('Sódio 129 mEq/L.'), 'sódio', 'mEq/L', 'meq/L'],
      [en('Hemoglobin 8.1 g/dL.'), 'hemoglobin', 'g/dL', 'g/dL'],
      [pt('Hematócrito 31%.'), 'hematócrito', '%', '%'],
      [pt('VHS 45 mm/h.'), 'VHS', 'mm/h', 'mm/h'],
      [en('eGFR 52 mL/min/1.73 m².'), 'eGFR', 'mL/min/1.73 m²', 'mL/min/{1.73_m2}'],
    ];
    for (const [es, name, unit, ucum] of cases) expect(named(es, name), name).toMatchObject({ unit, ucum });
  });

  it('does not take the next word into the unit', () => {
    expect(named(en('Prednisone 20 mg daily was started.'), 'prednisone')).toMatchObject({ unit: 'mg', ucum: 'mg', frequency: '1/d' });
    expect(named(pt('Prednisona 20 mg ao dia.'), 'prednisona')).toMatchObject({ unit: 'mg', frequency: '1/d' });
  });
});

describe('ranges and flags', () => {
  it('reads English range wordings and flags from them', () => {
    expect(named(en('Hemoglobin 10.1 g/dL (normal range: 12.0-15.5 g/dL).'), 'hemoglobin')).toMatchObject({ reference_range: '12.0-15.5 g/dL', flag: 'low' });
    expect(named(en('Ferritin 20 ng/mL (reference: 15-150 ng/mL).'), 'ferritin')).toMatchObject({ reference_range: '15-150 ng/mL', flag: 'normal' });
    expect(named(en('INR 1.6 (therapeutic range: 2.0-3.0).'), 'INR')).toMatchObject({ range: { low: 2, high: 3, kind: 'therapeutic' }, flag: 'low' });
    expect(named(en('Glucose 210 mg/dL (RR 70–99 mg/dL).'), 'glucose')).toMatchObject({ reference_range: '70–99 mg/dL', flag: 'high' });
    expect(named(en('CRP 12 mg/L (normal <5 mg/L).'), 'CRP')).toMatchObject({ reference_range: '<5 mg/L', flag: 'high' });
    expect(named(en('AST 30 U/L (normal up to 40 U/L).'), 'AST')).toMatchObject({ reference_range: 'up to 40 U/L', flag: 'normal' });
    expect(named(en('ESR 8 mm/h (normal range: ≤ 20 mm/h).'), 'ESR')).toMatchObject({ flag: 'normal' });
    expect(named(en('Urea 80 mg/dL (15—45 mg/dL).'), 'urea')).toMatchObject({ reference_range: '15—45 mg/dL', flag: 'high' });
  });

  it('reads Portuguese range wordings and flags from them', () => {
    expect(named(pt('Glicemia 62 mg/dL (VR: 70-99 mg/dL).'), 'glicemia')).toMatchObject({ reference_range: '70-99 mg/dL', flag: 'low' });
    expect(named(pt('TGP 90 U/L (valor de referência: até 41 U/L).'), 'TGP')).toMatchObject({ reference_range: 'até 41 U/L', flag: 'high' });
    expect(named(pt('Lítio 1,6 mmol/L (faixa terapêutica: 0,6 a 1,2 mmol/L).'), 'lítio')).toMatchObject({ type: 'lab', range: { kind: 'therapeutic' }, flag: 'high' });
    expect(named(pt('PCR 0,3 mg/dL (VR < 0,5 mg/dL).'), 'PCR')).toMatchObject({ flag: 'normal' });
  });

  it('reads qualitative results and their flags', () => {
    expect(named(en('Anti-HCV was negative.'), 'anti-HCV')).toMatchObject({ value: 'negative', flag: 'nonreactive' });
    expect(named(pt('VDRL reagente.'), 'VDRL')).toMatchObject({ value: 'reagente', flag: 'reactive' });
    expect(named(pt('HBsAg positivo.'), 'HBsAg')).toMatchObject({ value: 'positivo', flag: 'reactive' });
  });
});

describe('which lab a value is said of', () => {
  it('reaches the value across the words between', () => {
    const e = en('The highest creatinine during the stay was 4.2 mg/dL (reference range: 0.6-1.2 mg/dL).');
    expect(named(e, 'creatinine')).toMatchObject({ type: 'lab', value: '4.2', flag: 'high' });
    expect(e.filter((x) => x.type === 'lab')).toHaveLength(1);
    expect(named(pt('A creatinina média durante a internação foi de 4,2 mg/dL.'), 'creatinina')).toMatchObject({ type: 'lab', value: '4,2' });
  });

  it('reads a value written before its lab', () => {
    expect(named(en('She had 2.8 mmol/L of potassium.'), 'potassium')).toMatchObject({ type: 'lab', value: '2.8', ucum: 'mmol/L' });
  });

  it('keeps the bound of a value written before its lab, whichever sign writes it', () => {
    expect(named(en('She had ≤3.0 mmol/L of potassium.'), 'potassium')).toMatchObject({ value: '≤3.0', number: 3 });
    expect(named(en('She had ⩽ 3.0 mmol/L of potassium.'), 'potassium')).toMatchObject({ value: '⩽ 3.0', number: 3 });
    expect(named(pt('Tinha ⩾ 6,0 mmol/L de potássio.'), 'potássio')).toMatchObject({ value: '⩾ 6,0', number: 6 });
  });

  it('reads a series of values in order', () => {
    expect(named(pt('A hemoglobina caiu de 11,2 para 7,4 g/dL.'), 'hemoglobina')).toMatchObject({ value: '11,2 → 7,4', number: 7.4, ucum: 'g/dL' });
    expect(named(en('Ferritin rose from 90 ng/mL to 1,450 ng/mL.'), 'ferritin')).toMatchObject({ value: '90 → 1,450', number: 1450 });
  });

  it('reads an analyte that is also a drug as a lab when a series is said of it, the unit after the last value', () => {
    expect(named(pt('Creatinina passou de 1,1 para 2,6 mg/dL em 48 horas.'), 'creatinina')).toMatchObject({ type: 'lab', value: '1,1 → 2,6', number: 2.6, ucum: 'mg/dL' });
    // Numbers without a lab unit say nothing measured of it.
    expect(named(pt('Creatinina passou de 1 para 2 comprimidos.'), 'creatinina')?.type).toBe('drug');
  });

  it('gives several labs of one sentence each its own value', () => {
    const es = pt('Ureia 88 mg/dL, creatinina 2,1 mg/dL e potássio 5,8 mEq/L.');
    expect(named(es, 'ureia')).toMatchObject({ number: 88 });
    expect(named(es, 'creatinina')).toMatchObject({ number: 2.1 });
    expect(named(es, 'potássio')).toMatchObject({ number: 5.8 });
  });

  it('does not give a lab a number said of something else', () => {
    expect(named(en('Hemoglobin was checked and 500 mg of iron sucrose given.'), 'hemoglobin')?.value).toBeUndefined();
  });
});

describe('drugs', () => {
  it('reads English frequencies', () => {
    for (const [text, f] of [['daily', '1/d'], ['b.i.d.', '2/d'], ['t.i.d.', '3/d'], ['q8h', '3/d'], ['every 8 hours', '3/d']]) {
      expect(named(en(`Ibuprofen 400 mg ${text} was given.`), 'ibuprofen')?.frequency, text).toBe(f);
    }
  });

  it('reads Portuguese frequencies', () => {
    for (const [text, f] of [['ao dia', '1/d'], ['1x/dia', '1/d'], ['12/12h', '2/d'], ['de 8 em 8 horas', '3/d']]) {
      expect(named(pt(`Ibuprofeno 400 mg ${text}.`), 'ibuprofeno')?.frequency, text).toBe(f);
    }
  });

  it('reads routes in both languages', () => {
    expect(named(en('Metronidazole 500 mg orally.'), 'metronidazole')?.route).toBe('oral');
    expect(named(en('Metronidazole 500 mg IV.'), 'metronidazole')?.route).toBe('intravenous');
    expect(named(pt('Metronidazol 500 mg via oral.'), 'metronidazol')?.route).toBe('oral');
    expect(named(pt('Metronidazol 500 mg EV.'), 'metronidazol')?.route).toBe('intravenous');
  });

  it('reads a titration, a duration and thousands in a dose', () => {
    expect(named(en('Amlodipine 5 mg/day was increased to 10 mg/day.'), 'amlodipine')).toMatchObject({ dose: '5 → 10', number: 10, ucum: 'mg/d' });
    expect(named(en('Doxycycline 100 mg b.i.d. for 14 days.'), 'doxycycline')).toMatchObject({ duration: '14 days', frequency: '2/d' });
    expect(named(pt('Fluconazol 150 mg por 3 dias.'), 'fluconazol')).toMatchObject({ duration: '3 dias' });
    expect(named(en('Vitamin D3 50,000 IU weekly.'), 'vitamin D3')).toMatchObject({ dose: '50,000', number: 50000, ucum: '[iU]', frequency: '1/wk' });
  });

  it('reads a brand with its generic and gives both the dose', () => {
    const es = en('Lasix (furosemide) 40 mg daily.');
    expect(named(es, 'Lasix')).toMatchObject({ brand: 'Lasix', normalized: 'furosemide', dose: '40', frequency: '1/d' });
    expect(named(es, 'furosemide')).toMatchObject({ dose: '40', frequency: '1/d' });
  });

  it('doses a combination written as one word as one drug', () => {
    for (const es of [en('Amoxicillin-clavulanate 875 mg orally every 12 hours.'), pt('Amoxicilina/clavulanato 875 mg VO 12/12h.')]) {
      for (const e of es) expect(e, e.text).toMatchObject({ type: 'drug', dose: '875', route: 'oral', frequency: '2/d' });
    }
    // Two drugs apart, each with its own dose, stay apart.
    const es = en('Amoxicillin 500 mg and clavulanate 125 mg.');
    expect(named(es, 'amoxicillin')?.dose).toBe('500');
    expect(named(es, 'clavulanate')?.dose).toBe('125');
  });
});

describe('subject and certainty', () => {
  it('gives a relative\'s disease to the family, and the patient\'s to the patient', () => {
    const es = en('Her father had colon cancer; the patient has asthma.');
    expect(named(es, 'colon cancer')?.subject).toBe('family');
    expect(named(es, 'asthma')?.subject).toBe('patient');
    expect(named(pt('Mãe com hipotireoidismo.'), 'hipotireoidismo')?.subject).toBe('family');
    expect(named(pt('Pai com hipertensão arterial.'), 'hipertensão arterial')?.subject).toBe('family');
  });

  it('gives another person\'s disease to `other`, up to where the patient is named again', () => {
    const es = en('His wife has multiple sclerosis; he has migraine.');
    expect(named(es, 'multiple sclerosis')?.subject).toBe('other');
    expect(named(es, 'migraine')?.subject).toBe('patient');
    const ps = pt('A esposa tem lúpus e o paciente tem psoríase.');
    expect(named(ps, 'lúpus')?.subject).toBe('other');
    expect(named(ps, 'psoríase')?.subject).toBe('patient');
    // The patient named as that person's (`of the patient`, `do paciente`) does not end the scope.
    expect(named(en('A friend of the patient had influenza.'), 'influenza')?.subject).toBe('other');
    expect(named(pt('O cuidador do paciente tem tuberculose.'), 'tuberculose')?.subject).toBe('other');
    // Only forward: the partner named after the disease is not its subject.
    expect(named(en('She acquired syphilis from her partner.'), 'syphilis')?.subject).toBe('patient');
  });

  it('gives no subject where no one is named, and populations `background`', () => {
    const es = en('Heparin was given for deep vein thrombosis.');
    for (const e of es) expect(e.subject, e.text).toBeUndefined();
    expect(es.length).toBeGreaterThan(0);
    expect(named(pt('Foi introduzido alopurinol.'), 'alopurinol')?.subject).toBeUndefined();
    expect(named(en('Gout is more common in adults.'), 'gout')?.subject).toBe('background');
    expect(named(pt('Em idosos, a pneumonia pode ser afebril.'), 'pneumonia')?.subject).toBe('background');
  });

  it('marks hypotheses and plans as not the current state', () => {
    expect(named(en('Sarcoidosis was suspected.'), 'sarcoidosis')).toMatchObject({ uncertain: true, certainty: 'hypothesis' });
    expect(named(en('Allopurinol will be started.'), 'allopurinol')).toMatchObject({ uncertain: true, certainty: 'plan' });
    expect(named(pt('Hipótese de sarcoidose.'), 'sarcoidose')).toMatchObject({ certainty: 'hypothesis' });
    expect(named(pt('A iniciar alopurinol 100 mg ao dia.'), 'alopurinol')).toMatchObject({ certainty: 'plan' });
  });
});

describe('bad input', () => {
  it('gives a number of 400 digits no value, and does not crash', () => {
    const es = en(`Sodium ${'9'.repeat(400)} mEq/L.`);
    expect(named(es, 'sodium')?.value).toBeUndefined();
    expect(named(es, 'sodium')?.number).toBeUndefined();
  });

  it('gives a range with no numbers no range', () => {
    const e = named(en('Ferritin 900 ng/mL (normal range: not established).'), 'ferritin');
    expect(e).toMatchObject({ value: '900' });
    expect(e?.reference_range).toBeUndefined();
    expect(e?.flag).toBeUndefined();
  });

  it('gives a unit the UCUM library rejects no unit', () => {
    const e = named(en('Ferritin 900 zorgs/mL.'), 'ferritin');
    expect(e?.unit).toBeUndefined();
    expect(e?.ucum).toBeUndefined();
  });

  it('reads a sentence of 20,000 characters', () => {
    const long = `Potassium 5.9 mEq/L (RR 3.5-5.0 mEq/L) and ${'x'.repeat(20_000)} aspirin 100 mg daily.`;
    expect(long.length).toBeGreaterThan(20_000);
    const es = en(long);
    expect(named(es, 'potassium')).toMatchObject({ flag: 'high' });
    expect(named(es, 'aspirin')).toMatchObject({ dose: '100' });
    const digits = en(`Potassium ${'1,'.repeat(10_000)}5 mEq/L.`);
    expect(named(digits, 'potassium')?.number).toBeUndefined();
  });

  it('reads the same bad input in Portuguese', () => {
    expect(named(pt(`Sódio ${'9'.repeat(400)} mEq/L.`), 'sódio')?.number).toBeUndefined();
    const range = named(pt('Ferritina 900 ng/mL (VR: não estabelecido).'), 'ferritina');
    expect(range).toMatchObject({ value: '900', number: 900 });
    expect(range?.reference_range ?? range?.flag).toBeUndefined();
    const unit = named(pt('Ferritina de 900 zorgs/mL.'), 'ferritina');
    expect(unit).toMatchObject({ value: '900' });
    expect(unit?.unit ?? unit?.ucum).toBeUndefined();
  });

  it('reads every mention of a 20,000-character sentence made of many of them', () => {
    const part = 'Creatinina de 2,3 mg/dL (VR: 0,6 a 1,2 mg/dL), losartana 50 mg 12/12h, átrio esquerdo dilatado e hipertensão arterial; ';
    const es = pt(part.repeat(Math.ceil(20_000 / part.length)));
    const labs = es.filter((e) => e.type === 'lab');
    expect(labs.length).toBeGreaterThan(150);
    for (const e of labs) expect(e).toMatchObject({ number: 2.3, flag: 'high' });
    for (const e of es.filter((e) => e.type === 'drug')) expect(e).toMatchObject({ dose: '50', frequency: '2/d' });
    expect(es.filter((e) => e.type === 'diagnosis').length).toBe(2 * labs.length);
  });
});
