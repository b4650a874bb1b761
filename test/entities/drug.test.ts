import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

const drug = (text: string, name: string) => extractEntities(text, 'pt').find((e) => e.type === 'drug' && e.text === name);

describe('Portuguese dose, route and frequency', () => {
  it('reads prescriptions as Brazilian notes write them', () => {
    expect(drug('ceftriaxona 2 g EV de 12 em 12 horas', 'ceftriaxona')).toMatchObject({ dose: '2', unit: 'g', route: 'intravenous', frequency: '2/d' });
    expect(drug('dipirona 1 g IV de 4/4h se dor', 'dipirona')).toMatchObject({ route: 'intravenous', frequency: '6/d' });
    expect(drug('losartana 50 mg pela manhã', 'losartana')).toMatchObject({ dose: '50', unit: 'mg', frequency: '1/d' });
    expect(drug('furosemida 40mg VO 1x/dia', 'furosemida')).toMatchObject({ dose: '40', route: 'oral', frequency: '1/d' });
  });

  it('does not read a date as a frequency', () => {
    expect(drug('AAS 100 mg desde 12/12/2014', 'AAS')?.frequency).toBeUndefined();
  });
});

describe('a dose written before the drug', () => {
  const en = (text: string, name: string) => extractEntities(text, 'en').find((e) => e.type === 'drug' && e.text === name);
  it('is the drug dose when none follows the name', () => {
    expect(en('He was given 250 mg of ciprofloxacin.', 'ciprofloxacin')).toMatchObject({ dose: '250', unit: 'mg', ucum: 'mg' });
    expect(drug('Recebeu 250 mg de ciprofloxacino.', 'ciprofloxacino')).toMatchObject({ dose: '250', unit: 'mg' });
    expect(en('The wound was infiltrated with 2% lidocaine.', 'lidocaine')).toMatchObject({ dose: '2', unit: '%' });
    expect(en('Oral 250 mg of ciprofloxacin was prescribed.', 'ciprofloxacin')).toMatchObject({ dose: '250', route: 'oral' });
  });

  it('gives way to a dose after the name, and a share of people is no strength', () => {
    expect(en('Then 250 mg of ciprofloxacin 500 mg twice daily.', 'ciprofloxacin')).toMatchObject({ dose: '500' });
    expect(en('About 30% of patients took metformin.', 'metformin')?.dose).toBeUndefined();
    expect(en('Glucose was 7 mmol/L and metformin was stopped.', 'metformin')?.dose).toBeUndefined();
  });

  it('is no dose when the measure is a lab value', () => {
    expect(en('SpO2 88% oxygen was given.', 'oxygen')?.dose).toBeUndefined();
    expect(en('HbA1c 9% metformin was increased.', 'metformin')?.dose).toBeUndefined();
    expect(drug('Saturação 92% oxigênio por cateter.', 'oxigênio')?.dose).toBeUndefined();
  });
});

describe('a route written before the drug', () => {
  const en = (text: string, name: string) => extractEntities(text, 'en').find((e) => e.type === 'drug' && e.text === name);
  const pt = (text: string, name: string) => extractEntities(text, 'pt').find((e) => e.text === name);

  it('is the drug route right before it or one word before', () => {
    expect(en('Intravenous vancomycin was started.', 'vancomycin')?.route).toBe('intravenous');
    expect(en('She took orally administered ibuprofen.', 'ibuprofen')?.route).toBe('oral');
  });

  it('passes to the drug through a noun of its giving', () => {
    expect(en('Epidural blockade with 40 mg of triamcinolone was done.', 'triamcinolone')).toMatchObject({ route: 'epidural', dose: '40' });
    expect(en('Intravenous infusion of 2 g of cefazolin followed.', 'cefazolin')).toMatchObject({ route: 'intravenous', dose: '2' });
    expect(en('Topical anesthesia with lidocaine was applied.', 'lidocaine')?.route).toBe('topical');
    expect(pt('Fez-se bloqueio peridural com 40 mg de triancinolona.', 'triancinolona')).toMatchObject({ route: 'epidural', dose: '40' });
    expect(pt('Infusão intravenosa de morfina.', 'morfina')?.route).toBe('intravenous');
    expect(pt('Iniciou corticoterapia oral com prednisona.', 'prednisona')?.route).toBe('oral');
  });

  it('is not the drug route when it qualifies another noun', () => {
    expect(en('Nasal endoscopy with lidocaine spray.', 'lidocaine')?.route).toBeUndefined();
    expect(pt('Cirurgia oral com amoxicilina profilática.', 'amoxicilina')?.route).toBeUndefined();
    expect(pt('Endoscopia nasal com lidocaína.', 'lidocaína')?.route).toBeUndefined();
    // A procedure is given by no route.
    expect(pt('Cirurgia oral com amoxicilina profilática.', 'Cirurgia')?.route).toBeUndefined();
  });
});
