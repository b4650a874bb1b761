import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../src/entities/extract.js';
import { findMentions } from '../../src/entities/mentions.js';
import type { Entity } from '../../src/types.js';

// Sentences of the bundled report (corpus/calcinosis-cutis-lupus-case-report.txt), line breaks joined.
const CURRENT_USE = 'A 30-year old female teacher had received a definitive diagnosis of SLE thirteen years previously and was currently using prednisone 30 mg/day and hydroxychloroquine 400 mg/day, albeit irregularly.';
const LABS = 'The abnormalities detected in the laboratory tests were: leucopenia 2.98 x 103/mm3 leukocytes (normal range: 5-11 x 103/mm3), ESR 40 mm/h (normal range: ≤ 20 mm/h), ANF 1/200 cytoplasmic dot staining pattern (normal range: ≥ 1/80), alkaline phosphatase 233 U/L (normal range: 35-104 U/L) and gamma GT 70 U/L (normal range: 8-41 U/L).';
const ANTIBODIES = 'Anti-DNA, anti-RNP, anti-Jo-1 and Anti-Mi were nonreactive.';
const CALCIUM = 'Serum calcium and phosphorus levels were 9.4 mg/dL and 3.4 mg/dL, respectively (normal range: calcium: 8.5 – 10 mg/dL, phosphorus: 2.5 – 4.3 mg/dL).';
const MCTD = 'Calcium and phosphorus levels were normal and the hypothesis of mixed connective tissue disease was discarded (anti-RNP-negative).';
const DM = 'Although the patient had skin lesions that could be suggestive of dermatomyositis, she had not reported symptoms compatible with myopathy at any time during her disease.';
const DILTIAZEM = 'In the present case, diltiazem was initiated at a dose of 60 mg/day and increased, under close cardiologic monitoring, until reaching a dose of 240 mg/day.';
const ALUMINIUM = 'In addition, aluminum hydroxide was given at a dose of 60 mg/day.';
const ORALLY = 'Aluminum hydroxide, a phosphate-chelating agent administered orally, acts by forming insoluble aluminum phosphate.';
const OTHERS = 'In addition to aluminum hydroxide and diltiazem, which have been used to treat the condition, various other compounds such as probenecid, warfarin, colchicine and the bisphosphonates have also been tried; however, results have been highly controversial.';
const PROMISING = 'Cyclosporine, intravenous immunoglobulin, tacrolimus and TNF-alpha inhibitors are some examples of promising possibilities for treatment that are currently undergoing evaluation.';
const GLUCONATE = 'Iatrogenic calcinosis occurs as the result of intravenous leakage of calcium gluconate or as calcium salt deposits in the skin following electromyography.';
const TITLE_PT = 'Calcinose cútis distrófica universal associada a lúpus eritematoso sistêmico: um caso exuberante';
const RESUMO = 'Pode ser vista em várias doenças sistêmicas como hiperparatireoidismo e hipervitaminose D, ocorrendo com maior frequência na dermatomiosite, esclerodermia e síndromes overlap, sendo uma complicação infrequente no lúpus eritematoso sistêmico.';

const find = (es: Entity[], text: string) => es.find((e) => e.text.toLowerCase() === text.toLowerCase());
const spansHold = (text: string, es: Entity[]) => es.every((e) => text.slice(e.start, e.end) === e.text && e.start < e.end);

describe('drugs', () => {
  it('reads prednisone 30 mg/day and hydroxychloroquine 400 mg/day with ATC codes', () => {
    const es = extractEntities(CURRENT_USE, 'en');
    expect(find(es, 'prednisone')).toMatchObject({ type: 'drug', dose: '30', unit: 'mg/day', code: 'ATC:H02AB07' });
    expect(find(es, 'hydroxychloroquine')).toMatchObject({ type: 'drug', dose: '400', unit: 'mg/day', code: 'ATC:P01BA02' });
    expect(spansHold(CURRENT_USE, es)).toBe(true);
  });

  it('reads a titration as first → last dose', () => {
    expect(find(extractEntities(DILTIAZEM, 'en'), 'diltiazem')).toMatchObject({ dose: '60 → 240', unit: 'mg/day', code: 'ATC:C08DB01' });
    expect(find(extractEntities(ALUMINIUM, 'en'), 'aluminum hydroxide')).toMatchObject({ dose: '60', unit: 'mg/day' });
  });

  it('reads the route, and not from an unrelated adjective', () => {
    expect(find(extractEntities(ORALLY, 'en'), 'aluminum hydroxide')?.route).toBe('oral');
    const tissue = extractEntities('Calcium salt deposits in the subcutaneous tissue.', 'en');
    expect(tissue.every((e) => e.route === undefined)).toBe(true);
  });

  it('finds every drug and class named in the Discussion', () => {
    const es = [...extractEntities(OTHERS, 'en'), ...extractEntities(PROMISING, 'en'), ...extractEntities(GLUCONATE, 'en')];
    for (const name of ['probenecid', 'warfarin', 'colchicine', 'bisphosphonates', 'cyclosporine', 'intravenous immunoglobulin', 'tacrolimus', 'TNF-alpha inhibitors', 'calcium gluconate']) {
      expect(find(es, name), name).toMatchObject({ type: 'drug' });
    }
    expect(find(es, 'bisphosphonates')?.code).toBe('ATC:M05BA');
  });

  it('reads Portuguese doses and routes', () => {
    const es = extractEntities('Paciente em uso de prednisona 400 mg/dia via oral e ciclosporina endovenosa.', 'pt');
    expect(find(es, 'prednisona')).toMatchObject({ normalized: 'prednisone', dose: '400', unit: 'mg/dia', route: 'oral' });
    expect(find(es, 'ciclosporina')).toMatchObject({ normalized: 'cyclosporine', route: 'intravenous' });
  });

  it('makes an unknown word before a dose, and an INN stem, a drug', () => {
    const es = extractEntities('She took zorbatinib and Xyloquent 25 mg twice daily.', 'en');
    expect(find(es, 'zorbatinib')).toMatchObject({ type: 'drug' });
    expect(find(es, 'Xyloquent')).toMatchObject({ type: 'drug', dose: '25', frequency: '2/d' });
  });
});

describe('labs', () => {
  const es = extractEntities(LABS, 'en');
  it('reads value, UCUM unit, reference range and flag', () => {
    expect(find(es, 'leukocytes')).toMatchObject({ type: 'lab', value: '2.98', number: 2.98, unit: 'x 103/mm3', ucum: '10*3/mm3', flag: 'low' });
    expect(find(es, 'ESR')).toMatchObject({ value: '40', unit: 'mm/h', ucum: 'mm/h', reference_range: '≤ 20 mm/h', range: { high: 20, kind: 'reference' }, flag: 'high', code: 'LOINC:4537-7' });
    expect(find(es, 'ANF')).toMatchObject({ value: '1/200', number: 200, reference_range: '≥ 1/80', flag: 'high' });
    expect(find(es, 'alkaline phosphatase')).toMatchObject({ value: '233', unit: 'U/L', reference_range: '35-104 U/L', flag: 'high' });
    expect(find(es, 'gamma GT')).toMatchObject({ value: '70', unit: 'U/L', flag: 'high' });
    expect(find(es, 'leucopenia')).toMatchObject({ type: 'diagnosis' });
  });

  it('gives each lab of a "respectively" list its own value and range', () => {
    const c = extractEntities(CALCIUM, 'en');
    expect(c.find((e) => e.normalized === 'calcium' && e.value)).toMatchObject({ type: 'lab', value: '9.4', unit: 'mg/dL', reference_range: '8.5 – 10 mg/dL', flag: 'normal' });
    expect(c.find((e) => e.normalized === 'phosphorus' && e.value)).toMatchObject({ type: 'lab', value: '3.4', flag: 'normal' });
    // Names repeated inside the range are not results.
    expect(c.filter((e) => e.value).length).toBe(2);
  });

  it('reads qualitative results for a coordinated list', () => {
    const a = extractEntities(ANTIBODIES, 'en');
    for (const name of ['Anti-DNA', 'anti-RNP', 'anti-Jo-1', 'Anti-Mi']) expect(find(a, name), name).toMatchObject({ type: 'lab', flag: 'nonreactive' });
    const pt = extractEntities('FAN não reagente; VHS 12 mm/h; TGO e TGP normais.', 'pt');
    expect(find(pt, 'FAN')).toMatchObject({ flag: 'nonreactive', normalized: 'antinuclear factor' });
    expect(find(pt, 'TGO')).toMatchObject({ flag: 'normal', normalized: 'aspartate aminotransferase' });
    expect(find(pt, 'VHS')).toMatchObject({ value: '12', unit: 'mm/h' });
  });

  it('uses context to read an analyte as a lab, and a value-less name as a chemical', () => {
    expect(find(extractEntities('Serum calcium was 11.2 mg/dL.', 'en'), 'calcium')?.type).toBe('lab');
    expect(find(extractEntities('Calcium deposits formed in the skin.', 'en'), 'calcium')?.type).toBe('drug');
    expect(find(extractEntities('Serum levels of zonulin were high.', 'en'), 'zonulin')?.type).toBe('lab');
    expect(find(extractEntities('Zonulin was 45 ng/mL on admission.', 'en'), 'Zonulin')).toMatchObject({ type: 'lab', value: '45', unit: 'ng/mL' });
    // Range wording before a value is not a test; a verb before a dose is not a drug.
    expect(extractEntities('The normal range: 5-11 mg/dL. She received 30 mg daily.', 'en')).toEqual([]);
  });
});

describe('diagnoses', () => {
  it('resolves an abbreviation defined in the text', () => {
    const es = extractEntities('In systemic lupus erythematosus (SLE), calcinosis is rare; SLE patients rarely show it.', 'en');
    const sle = es.filter((e) => e.text === 'SLE');
    expect(sle.length).toBe(2);
    expect(sle[0]).toMatchObject({ type: 'diagnosis', expansion: 'systemic lupus erythematosus', code: 'ICD10:M32' });
  });

  it('defines abbreviations for entities found by rules too', () => {
    const es = extractEntities('Patients with Kostmann neutropenia syndrome (KNS) were studied. KNS is rare.', 'en');
    expect(es.filter((e) => e.text === 'KNS' && e.type === 'diagnosis').length).toBe(2);
  });

  it('finds Portuguese diagnoses accent-, case- and plural-insensitively', () => {
    const es = extractEntities(RESUMO, 'pt');
    for (const [pt, en] of [['hiperparatireoidismo', 'hyperparathyroidism'], ['dermatomiosite', 'dermatomyositis'], ['esclerodermia', 'scleroderma'], ['lúpus eritematoso sistêmico', 'systemic lupus erythematosus'], ['síndromes overlap', 'overlap syndrome']] as Array<[string, string]>) {
      expect(find(es, pt), pt).toMatchObject({ type: 'diagnosis', normalized: en });
    }
    expect(extractEntities('LUPUS ERITEMATOSO SISTEMICO e calcinoses cutaneas', 'pt').map((e) => e.normalized)).toEqual(['systemic lupus erythematosus', 'calcinosis cutis']);
    expect(find(extractEntities(TITLE_PT, 'pt'), 'lúpus eritematoso sistêmico')).toBeDefined();
  });

  it('finds unknown diseases by suffix and head noun, not look-alikes', () => {
    const en = extractEntities('The diagnosis of glomerulitis and Kearns-Sayre syndrome was made; prognosis was good.', 'en');
    expect(en.map((e) => e.text)).toEqual(['glomerulitis', 'Kearns-Sayre syndrome']);
    const pt = extractEntities('Apresentou tireoidite e doença de Behçet durante a noite.', 'pt');
    expect(pt.map((e) => e.text)).toEqual(['tireoidite', 'doença de Behçet']);
  });

  it('does not read protein names as diseases', () => {
    expect(extractEntities('Interleukins and tumor necrosis factor alpha (TNF-alpha) may play a role.', 'en').filter((e) => e.type === 'diagnosis')).toEqual([]);
  });
});

describe('negation, uncertainty and subject', () => {
  it('marks excluded and hedged diagnoses', () => {
    const m = extractEntities(MCTD, 'en');
    expect(find(m, 'mixed connective tissue disease')).toMatchObject({ negated: true, uncertain: true });
    const d = extractEntities(DM, 'en');
    expect(find(d, 'dermatomyositis')).toMatchObject({ negated: false, uncertain: true, subject: 'patient' });
    expect(find(d, 'myopathy')?.negated).toBe(true);
  });

  it('keeps negation inside its clause', () => {
    const es = extractEntities('She denied fever, but reported arthralgia.', 'en');
    expect(find(es, 'fever')?.negated).toBe(true);
    expect(find(es, 'arthralgia')?.negated).toBe(false);
  });

  it('reads Portuguese cues', () => {
    const es = extractEntities('Negou febre. Sem sinais de infecção. Hipótese de vasculite. A tuberculose foi descartada.', 'pt');
    expect(find(es, 'febre')?.negated).toBe(true);
    expect(find(es, 'infecção')?.negated).toBe(true);
    expect(find(es, 'vasculite')).toMatchObject({ negated: false, uncertain: true });
    expect(find(es, 'tuberculose')?.negated).toBe(true);
  });

  it('keeps `lupus` alone as written: it names systemic, discoid or drug-induced lupus alike', () => {
    for (const [text, lang] of [['In lupus, calcinosis is rare.', 'en'], ['No lúpus, a calcinose é rara.', 'pt']] as const) {
      const lupus = extractEntities(text, lang).find((e) => e.type === 'diagnosis' && /l[uú]pus/i.test(e.text));
      expect(lupus).toMatchObject({ normalized: 'lupus' });
      expect(lupus?.code).toBeUndefined();
    }
    // The full name still expands and carries its code.
    expect(extractEntities('Systemic lupus erythematosus is rare.', 'en')[0]).toMatchObject({ normalized: 'systemic lupus erythematosus', code: 'ICD10:M32' });
  });

  it('codes `lupus erythematosus` without `systemic` as ICD-10 indexes it: L93, not SLE', () => {
    // ICD-10's index: Lupus, erythematosus (discoid) (local) L93.0; systemic only when said (M32).
    for (const [text, lang] of [['Lupus erythematosus may spare the kidney.', 'en'], ['O lúpus eritematoso pode poupar o rim.', 'pt']] as const) {
      const le = extractEntities(text, lang).find((e) => e.type === 'diagnosis' && /l[uú]pus/i.test(e.text));
      expect(le).toMatchObject({ text: lang === 'en' ? 'Lupus erythematosus' : 'lúpus eritematoso', normalized: 'lupus erythematosus', code: 'ICD10:L93' });
    }
    for (const [text, lang] of [['Systemic lupus erythematosus may spare the kidney.', 'en'], ['O lúpus eritematoso sistêmico pode poupar o rim.', 'pt'], ['SLE may spare the kidney.', 'en']] as const) {
      expect(extractEntities(text, lang).find((e) => e.type === 'diagnosis')).toMatchObject({ normalized: 'systemic lupus erythematosus', code: 'ICD10:M32' });
    }
  });

  it('takes the default subject unless a cue says otherwise', () => {
    expect(extractEntities('Calcinosis is a rare finding in lupus.', 'en', { subject: 'background' })[0]?.subject).toBe('background');
    expect(extractEntities('In the present case, calcinosis appeared late.', 'en', { subject: 'background' })[0]?.subject).toBe('patient');
    // A treatment told as given names no one, but in a background section it recounts the case.
    expect(extractEntities('Colchicine was given for two weeks.', 'en', { subject: 'background' })[0]?.subject).toBe('patient');
    expect(extractEntities('Foi introduzido alopurinol.', 'pt', { subject: 'background' })[0]?.subject).toBe('patient');
    expect(extractEntities('Colchicine was given for two weeks.', 'en')[0]?.subject).toBeUndefined();
  });
});

describe('bad input', () => {
  it('handles empty, huge and odd input without crashing', () => {
    expect(extractEntities('', 'en')).toEqual([]);
    const huge = `${'prednisone 30 mg/day and ESR 40 mm/h (normal range: ≤ 20 mm/h), '.repeat(3000)}end`;
    const es = extractEntities(huge, 'en');
    expect(es.length).toBe(6000);
    expect(es.filter((e) => e.flag === 'high').length).toBe(3000);
    expect(spansHold(huge, es)).toBe(true);
  });

  it('keeps cue scopes local in a huge text full of cues', () => {
    const es = extractEntities('She denied fever, but had rash; '.repeat(2000), 'en');
    expect(es.filter((e) => e.normalized === 'fever' && e.negated).length).toBe(2000);
    expect(es.filter((e) => e.normalized === 'rash' && !e.negated).length).toBe(2000);
  });

  it('does not flag numbers without units, reversed ranges or incompatible units', () => {
    expect(find(extractEntities('ESR 40 (normal range: ≤ 20 mm/h).', 'en'), 'ESR')?.flag).toBeUndefined();
    expect(find(extractEntities('Alkaline phosphatase 233 U/L (normal range: 104-35 U/L).', 'en'), 'alkaline phosphatase')?.flag).toBeUndefined();
    expect(find(extractEntities('ESR 40 mm/h (normal range: ≤ 20 mg/dL).', 'en'), 'ESR')?.flag).toBeUndefined();
  });

  it('converts units before flagging', () => {
    expect(find(extractEntities('Calcium 2.5 mmol/L (normal range: 8.5-10 mg/dL).', 'en'), 'calcium')?.flag).toBeUndefined();
    expect(find(extractEntities('Leukocytes 3000 /mm3 (normal range: 5-11 x 103/mm3).', 'en'), 'leukocytes')?.flag).toBe('low');
  });

  it('folds Unicode lookalikes (full-width letters) and keeps offsets into the original', () => {
    const text = 'ｐｒｅｄｎｉｓｏｎｅ 30 mg/day';
    const es = extractEntities(text, 'en');
    expect(es[0]).toMatchObject({ normalized: 'prednisone', text: 'ｐｒｅｄｎｉｓｏｎｅ' });
    // Cyrillic "е" in place of Latin "e" is another word: no entity, no crash.
    expect(extractEntities('prеdnisone', 'en').filter((e) => e.normalized === 'prednisone')).toEqual([]);
  });

  it('keeps offsets exact on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), fc.constantFrom('en' as const, 'pt' as const), (s, lang) => spansHold(s, extractEntities(s, lang))),
      { numRuns: 300 },
    );
  });
});

describe('Portuguese lab panels and examinations', () => {
  // Written for this test in the style of Brazilian outpatient notes (capitals, clipped names, no units).
  const PANEL = 'EXAMES 10/03: HB 13,2  HT 40  NA 139  K 4,1  GLIC 92  CREAT 0,9. Em uso de LOSARTANA 50 MG 12/12H.';
  const EXAMS = 'Realizou eletroencefalograma e ressonância magnética de crânio; PA 130x80 mmHg, FC 72 bpm.';

  it('reads capitalised abbreviations and clipped names before a value as labs', () => {
    const es = extractEntities(PANEL, 'pt');
    for (const name of ['HB', 'HT', 'NA', 'K', 'GLIC', 'CREAT']) expect(find(es, name)?.type, name).toBe('lab');
    expect(find(es, 'GLIC')).toMatchObject({ normalized: 'glucose', value: '92' });
  });

  it('does not read a capitalised unit after a dose as magnesium', () => {
    const es = extractEntities(PANEL, 'pt');
    expect(find(es, 'MG')).toBeUndefined();
    expect(find(es, 'LOSARTANA')?.type).toBe('drug');
  });

  it('does not read a function word as a clipped lab name', () => {
    const es = extractEntities('Encaminhado para 2 consultas.', 'pt');
    expect(es.filter((e) => e.type === 'lab')).toEqual([]);
  });

  it('types imaging, recordings and vital signs as lab examinations, and sample tests as laboratory', () => {
    const es = extractEntities(EXAMS, 'pt');
    const examination = { type: 'lab', category: 'examination' };
    expect(find(es, 'eletroencefalograma')).toMatchObject(examination);
    expect(find(es, 'ressonância magnética')).toMatchObject(examination);
    expect(find(es, 'PA')).toMatchObject({ ...examination, code: 'LOINC:85354-9' });
    expect(find(es, 'FC')).toMatchObject({ ...examination, value: '72' });
    expect(extractEntities(GLUCONATE, 'en').find((e) => e.text === 'electromyography')).toMatchObject(examination);
    expect(find(extractEntities('VHS 40 mm/h (VR: até 20 mm/h).', 'pt'), 'VHS')).toMatchObject({ type: 'lab', category: 'laboratory', flag: 'high' });
    expect(es.some((e) => (e.type as string) === 'test')).toBe(false);
  });

  it('gives an examination no flag without a value and range', () => {
    const ecg = find(extractEntities('Realizou eletrocardiograma e tomografia de crânio.', 'pt'), 'eletrocardiograma');
    expect(ecg).toMatchObject({ type: 'lab', category: 'examination' });
    expect(ecg?.flag).toBeUndefined();
  });

  it('reads a Portuguese work-up named by head noun and qualifier as a lab of that category', () => {
    const es = extractEntities('O estudo analítico foi normal. Repetiu estudo imagiológico. Ao exame apresentava hemiparesia. Lab 13/05/15: Cr 1,0. Traz exames.', 'pt');
    expect(find(es, 'estudo analítico')).toMatchObject({ type: 'lab', category: 'laboratory' });
    expect(find(es, 'estudo imagiológico')).toMatchObject({ type: 'lab', category: 'examination' });
    expect(find(es, 'exame')).toMatchObject({ type: 'lab', category: 'examination' });
    expect(find(es, 'Lab')).toMatchObject({ type: 'lab', category: 'laboratory' });
    expect(find(es, 'exames')).toMatchObject({ type: 'lab', category: 'examination' });
    // A heading dated day/month names the panel after it.
    expect(find(extractEntities('Laboratório 19/01/16: Hb 12,5.', 'pt'), 'Laboratório')).toMatchObject({ type: 'lab', category: 'laboratory' });
    // A study as research design is not a work-up.
    expect(find(extractEntities('Este estudo retrospectivo incluiu 40 doentes.', 'pt'), 'estudo')).toBeUndefined();
  });

  it('does not read a place (`a nível do cone`) or a function word before `nível` as a lab', () => {
    const es = extractEntities('Hipersinal a nível do cone medular; recuperou o seu nível funcional.', 'pt');
    expect(es.filter((e) => e.type === 'lab')).toEqual([]);
  });

  it("prefers a language's own abbreviation to the other language's (`TC` is a CT scan in Portuguese, total cholesterol in English)", () => {
    expect(find(extractEntities('A TC cerebral mostrou AVC.', 'pt'), 'TC')).toMatchObject({ type: 'lab', category: 'examination' });
    expect(find(extractEntities('Serum TC was 240 mg/dL.', 'en'), 'TC')).toMatchObject({ type: 'lab', category: 'laboratory' });
  });

  it('reads a clipped name that begins several tests as a lab of no one name, and prefers a lab to a clipped drug before a bare count', () => {
    const es = extractEntities('HB 15  CRE 1  GLI 85  COL 296. Trouxe exames Hb 14,5 / Leuc 10770 / Pla 274.000', 'pt');
    for (const name of ['CRE', 'GLI', 'COL']) expect(find(es, name)).toMatchObject({ type: 'lab', category: 'laboratory', normalized: name.toLowerCase() });
    expect(find(es, 'Leuc')).toMatchObject({ type: 'lab', normalized: 'leukocytes' });
    // Capitals shout function words too: `MAIS DE 95%` holds no test.
    expect(find(extractEntities('OPERANDO MAIS DE 95% EM BIV.', 'pt'), 'DE')).toBeUndefined();
  });

  it('knows Portuguese note abbreviations of examinations (EF, CAT, ECOTT)', () => {
    const es = extractEntities('Ao EF: PA 130x78mmHg. CAT 09/06/2014: ausência de lesões. Retorno com ECOTT.', 'pt');
    for (const name of ['EF', 'CAT', 'ECOTT']) expect(find(es, name)).toMatchObject({ type: 'lab', category: 'examination' });
  });

  it('types Portuguese procedures and treatment words as drug with their category, normalised to English', () => {
    const es = extractEntities('Submetido a angioplastia e apendicectomia; fez plasmaferese e fisioterapia. MEDICAMENTOS: AAS 100 mg.', 'pt');
    expect(find(es, 'angioplastia')).toMatchObject({ type: 'drug', category: 'procedure', normalized: 'angioplasty' });
    expect(find(es, 'apendicectomia')).toMatchObject({ type: 'drug', category: 'procedure' });
    expect(find(es, 'plasmaferese')).toMatchObject({ type: 'drug', category: 'procedure', normalized: 'plasmapheresis' });
    expect(find(es, 'MEDICAMENTOS')).toMatchObject({ type: 'drug', category: 'medication' });
    expect(find(es, 'AAS')).toMatchObject({ type: 'drug', category: 'medication', dose: '100', unit: 'mg' });
    // `anatomia` ends like a surgical incision but is none.
    expect(find(extractEntities('A anatomia do plexo braquial.', 'pt'), 'anatomia')).toBeUndefined();
  });

  it('leaves the word for the treatment given out when it frames a named drug, and keeps it when alone', () => {
    const framed = extractEntities('Iniciou terapêutica com azatioprina 50 mg/dia por via oral.', 'pt');
    expect(find(framed, 'terapêutica')).toBeUndefined();
    expect(find(framed, 'azatioprina')).toMatchObject({ type: 'drug', category: 'medication', dose: '50', route: 'oral' });
    expect(find(extractEntities('Sem resposta ao tratamento instituído.', 'pt'), 'tratamento')).toMatchObject({ type: 'drug', category: 'treatment' });
  });

  it('does not search English text for procedures: there the drug type follows the chemical convention', () => {
    expect(extractEntities('After surgery and hemodialysis the patient improved.', 'en').filter((e) => e.type === 'drug')).toEqual([]);
  });

  it('reads an analyte before a bare number in a Portuguese panel, or a dipstick grade, as a lab', () => {
    const es = extractEntities('Sodio 137 Potassio 5.6 Creatinina 2.2. PU (GLICOSE ++; LEUC 2).', 'pt');
    for (const name of ['Sodio', 'Potassio', 'GLICOSE']) expect(find(es, name)?.type).toBe('lab');
  });

  it('reads a Portuguese finding noun alone as a diagnosis, and Brazilian exam abbreviations', () => {
    const es = extractEntities('Gestação sem intercorrências. Remissão dos sintomas. A angio-RM mostrou oclusão. MV+ sem RA, DPN ausente.', 'pt');
    for (const name of ['intercorrências', 'sintomas', 'oclusão']) expect(find(es, name)?.type).toBe('diagnosis');
    expect(find(es, 'intercorrências')?.negated).toBe(true);
    expect(find(es, 'RA')).toMatchObject({ type: 'diagnosis', expansion: 'adventitious breath sounds' });
    expect(find(es, 'DPN')).toMatchObject({ type: 'diagnosis', normalized: 'paroxysmal nocturnal dyspnea' });
  });

  it('lets a work-up head take in the named test it is of, keeping the test\'s name', () => {
    const es = extractEntities('A análise do LCR foi normal. Fez RM CE sem alterações.', 'pt');
    expect(find(es, 'análise do LCR')).toMatchObject({ type: 'lab', category: 'laboratory', normalized: 'cerebrospinal fluid analysis' });
    expect(find(es, 'RM CE')).toMatchObject({ type: 'lab', category: 'examination', normalized: 'magnetic resonance imaging' });
  });

  it('keeps the counter-ion of a drug salt in the drug\'s name', () => {
    const pt = extractEntities('Iniciou valproato de sódio 500 mg e losartana potássica 50 mg.', 'pt');
    expect(find(pt, 'valproato de sódio')).toMatchObject({ type: 'drug', dose: '500' });
    expect(find(pt, 'losartana potássica')).toMatchObject({ type: 'drug', dose: '50' });
    expect(find(pt, 'sódio')).toBeUndefined();
    const en = extractEntities('Naproxen sodium was stopped; serum sodium 140 mmol/L; sodium valproate was started.', 'en');
    expect(find(en, 'Naproxen sodium')?.type).toBe('drug');
    expect(find(en, 'sodium valproate')?.type).toBe('drug');
    expect(find(en, 'sodium')?.type).toBe('lab');
  });

  it('reads Brazilian note abbreviations of drugs in Portuguese only', () => {
    const pt = extractEntities('OTIMIZO CVD 12,5 12/12 E SVT 20 MG.', 'pt');
    expect(find(pt, 'CVD')).toMatchObject({ type: 'drug', normalized: 'carvedilol' });
    expect(find(pt, 'SVT')).toMatchObject({ type: 'drug', normalized: 'simvastatin' });
    // In English CVD is cardiovascular disease and SVT a tachycardia, never these drugs.
    const en = extractEntities('Patients with CVD and SVT were enrolled.', 'en');
    expect(en.filter((e) => e.type === 'drug')).toEqual([]);
  });

  it('grows an English disease head over a gene or protein symbol', () => {
    const es = extractEntities('Ninety-four males with G6PD deficiency and two with C7 deficiency were studied.', 'en');
    expect(find(es, 'G6PD deficiency')?.type).toBe('diagnosis');
    expect(find(es, 'C7 deficiency')?.type).toBe('diagnosis');
  });

  it('reads an examination by its ending, not as an -opia disease', () => {
    const es = extractEntities('A colposcopia foi normal; refere diplopia.', 'pt');
    expect(find(es, 'colposcopia')).toMatchObject({ type: 'lab', category: 'examination' });
    expect(find(es, 'diplopia')?.type).toBe('diagnosis');
  });

  it('reads a vital-sign abbreviation only before a value', () => {
    expect(find(extractEntities('Paciente com PA controlada.', 'pt'), 'PA')).toBeUndefined();
    // The full name is the vital sign with or without a value.
    expect(find(extractEntities('Paciente com pressão arterial controlada.', 'pt'), 'pressão arterial')).toMatchObject({ type: 'lab', category: 'examination' });
  });
});

describe('mentions found once, annotated per call', () => {
  const SLE = 'Systemic lupus erythematosus (SLE) was treated with prednisone 30 mg/day; SLE recurred.';

  it('gives what a fresh extraction gives, however often the mentions are reused', () => {
    const texts: Array<[string, 'en' | 'pt']> = [[SLE, 'en'], [CURRENT_USE, 'en'], [LABS, 'en'], [CALCIUM, 'en'], [RESUMO, 'pt'], [TITLE_PT, 'pt']];
    const abbreviations = new Map([['ESR', { short: 'ESR', long: 'erythrocyte sedimentation rate', type: 'lab' as const, normalized: 'esr' }]]);
    for (const [text, lang] of texts) {
      const found = findMentions(text, lang);
      const before = JSON.stringify(found.entities);
      for (const options of [{}, { abbreviations, subject: 'patient' as const }, {}]) expect(extractEntities(text, lang, options, found)).toEqual(extractEntities(text, lang, options));
      // The widening of `SLE`'s long form and the doses go to copies.
      expect(JSON.stringify(found.entities)).toBe(before);
    }
  });
});

describe('a heading run on after a diagnosis', () => {
  it('is no modifier of the Portuguese diagnosis before it', () => {
    const texts = (t: string) => extractEntities(t, 'pt').filter((e) => e.type === 'diagnosis').map((e) => e.text);
    expect(texts('Sono de crianças com artrite idiopática juvenil OBJETIVO: Avaliar o sono.')).toEqual(['artrite idiopática juvenil']);
    // A modifier in small letters still grows the mention.
    expect(texts('Crianças com artrite idiopática juvenil objetivo foram avaliadas.').some((t) => t.startsWith('artrite idiopática juvenil'))).toBe(true);
  });

  it('is told by the section labels headings are found by, not by any word in capitals', () => {
    const texts = (t: string) => extractEntities(t, 'pt').filter((e) => e.type === 'diagnosis').map((e) => e.text);
    expect(texts('Adultos com artrite reumatoide INTRODUÇÃO: texto.')).toEqual(['artrite reumatoide']);
    expect(texts('Adultos com artrite reumatoide CASUÍSTICA E MÉTODOS: texto.')).toEqual(['artrite reumatoide']);
    // A modifier written in capitals is no heading: it grows the mention as in small letters.
    expect(texts('Adultos com artrite reumatoide CRÔNICA foram vistos.')).toEqual(['artrite reumatoide CRÔNICA']);
  });
});

