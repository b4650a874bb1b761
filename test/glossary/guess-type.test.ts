import { describe, expect, it } from 'vitest';
import { entryType, guessType, mentionType, namesDisorder } from '../../src/glossary/guess-type.js';

describe('entry types', () => {
  it('types a term nothing typed by the disease lexicon, WordNet\'s ill health, or a Portuguese head naming a test', () => {
    // WordNet files the commonest sense under ill health; the entities stage's disease lexicon names it.
    expect(entryType('cholera', 'term', false, 'cólera')).toBe('diagnosis');
    expect(entryType('calciphylaxis', 'term', false, 'calcifilaxia')).toBe('diagnosis');
    // The kind itself, and a word English uses as an adjective first, are no disease's name.
    expect(entryType('ill health', 'term', false, 'saúde precária')).toBe('term');
    expect(entryType('chronic', 'term', false, 'crônico')).toBe('term');
    // A general head under a free modifier stays untyped: only the whole English is looked up.
    expect(entryType('serious infection', 'term', false, 'infecção séria')).toBe('term');
    // A head the disease lexicon names alone, or WordNet files under ill health, under a modifier naming which: a kind of disease.
    expect(entryType('pelvic girdle pain', 'term', false, 'dor na cintura pélvica')).toBe('diagnosis');
    expect(entryType('pancreatic neoplasm', 'term', false, 'neoplasia pancreática')).toBe('diagnosis');
    expect(entryType('cubitus valgus', 'term', false, 'cúbito valgo')).toBe('diagnosis');
    expect(entryType('severe pain', 'term', false, 'dor grave')).toBe('term');
    expect(entryType('pain scale', 'term', false, 'escala de dor')).toBe('term');
    // The Portuguese head names an examination or a test; an abbreviation alone (a unit as much as an analyte) does not.
    expect(entryType('knee magnetic resonance', 'term', false, 'ressonância magnética do joelho')).toBe('lab');
    expect(entryType('real-time PCR', 'term', false, 'PCR em tempo real')).toBe('lab');
    expect(entryType('mg', 'term', false, 'mg')).toBe('term');
    // What a source typed is kept.
    expect(entryType('cholera', 'lab', false, 'cólera')).toBe('lab');
  });

  it('reads a surgical operation by WordNet as a procedure over the examination its ending suggests', () => {
    expect(entryType('arthroscopy', 'lab', false, 'artroscopia')).toBe('term');
    expect(entryType('colonoscopy', 'term', false, 'colonoscopia')).toBe('lab');
    // The same rule where nothing typed the key yet (the evidence's type, the article's keywords).
    expect(guessType('arthroscopy')).toBe('term');
    expect(guessType('laparoscopy')).toBe(entryType('laparoscopy', 'term', false, 'laparoscopia'));
    expect(guessType('colonoscopy')).toBe('lab');
  });

  it('types a procedure as no drug, whatever the entities stage read', () => {
    // The Portuguese clinical-note lexicon types `colecistectomia` a treatment (`drug`, category procedure).
    expect(mentionType({ type: 'drug', category: 'procedure', normalized: 'cholecystectomy' })).toBe('term');
    expect(mentionType({ type: 'drug', category: 'treatment', normalized: 'treatment' })).toBe('term');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'prednisone', code: 'ATC:H02AB07' })).toBe('drug');
    expect(entryType('cholecystectomy', 'drug', false)).toBe('term');
    expect(entryType('total knee arthroplasty', 'drug', false)).toBe('term');
    // The termbase's type is curated: it stays.
    expect(entryType('tracheostomy', 'drug', true)).toBe('drug');
  });

  it('types a substance named with nothing that says it is given as treatment no drug', () => {
    // A row of the drug lexicon without an ATC code (a metabolite, a toxin), and a chemical name by its word formation alone.
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'taurine' })).toBe('term');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'cadmium' })).toBe('term');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'trichloroethylene' })).toBe('term');
    // A medication: the lexicon's row with an ATC code (by name, code read or not), an INN stem, a drug class.
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'prednisone' })).toBe('drug');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'zumopril' })).toBe('drug');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'bisphosphonate' })).toBe('drug');
    // The same substance with a dose or a route is given.
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'taurine', dose: '600' })).toBe('drug');
    expect(mentionType({ type: 'drug', category: 'medication', normalized: 'taurine', route: 'oral' })).toBe('drug');
  });

  it('tells an English head that names a disorder, finding or sign of disease from one that names none', () => {
    // The disease lexicon, the entities stage's disease heads and endings, the diagnosis cues, WordNet's ill health.
    expect(namesDisorder('myocardial fibrosis')).toBe(true);
    expect(namesDisorder('folate deficiency')).toBe(true);
    expect(namesDisorder('squamous cell carcinoma')).toBe(true);
    expect(namesDisorder('brucellosis')).toBe(true);
    // General, technical or statistical heads.
    expect(namesDisorder('cost reduction')).toBe(false);
    expect(namesDisorder('radio signal')).toBe(false);
    expect(namesDisorder('sign of progress')).toBe(false);
    // An acronym cannot be read: it is given the benefit.
    expect(namesDisorder('ARDS')).toBe(true);
  });

  it('types a drug read as a test because a value follows it a drug', () => {
    // A drug of the lexicon, and a name on an INN stem (-pril) no lexicon lists.
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'itraconazole', value: '1' })).toBe('drug');
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'zumopril', value: '5' })).toBe('drug');
    // A test the lab lexicon names stays a test, drug or not (calcium).
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'calcium', value: '9.1' })).toBe('lab');
    // A general word that only ends like an INN stem (-cept) is no drug.
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'intercept', value: '2.3' })).toBeUndefined();
  });

  it('takes no type from a word read as a test only because a value follows it', () => {
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'proportion', value: '45' })).toBeUndefined();
    // A test its lexicon names keeps its type, with a code or without one.
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'troponin', value: '45' })).toBe('lab');
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'glucose', code: 'LOINC:2345-7', value: '110' })).toBe('lab');
    expect(mentionType({ type: 'lab', category: 'laboratory', normalized: 'lipid profile' })).toBe('lab');
    // A drug whose level was read is a drug by its INN stem.
    expect(entryType('ketoconazole', 'lab', false)).toBe('drug');
  });

  it('types examinations and laboratory techniques by their word formation, general words of the same ending aside', () => {
    expect(entryType('liquid chromatography', 'term', false)).toBe('lab');
    expect(entryType('spirometry', 'term', false)).toBe('lab');
    expect(entryType('dna sequencing', 'term', false)).toBe('lab');
    expect(entryType('geography', 'term', false)).toBe('term');
    expect(entryType('symmetry', 'diagnosis', false)).toBe('diagnosis');
  });

  it('types vaccines and drug classes as drugs', () => {
    expect(entryType('influenza vaccine', 'term', false)).toBe('drug');
    expect(entryType('proton pump inhibitor', 'term', false)).toBe('drug');
    expect(guessType('rotavirus vaccine')).toBe('drug');
  });

  it('reads a disease from the head only, a code after it aside', () => {
    expect(guessType('aortic rupture')).toBe('diagnosis');
    expect(guessType('pelvic organ prolapse')).toBe('diagnosis');
    expect(guessType('hepatitis b')).toBe('diagnosis');
    expect(guessType('diabetes mellitus')).toBe('diagnosis');
    // A disease word that is not the head names something else: a process, a course, a screening.
    expect(guessType('disease transmission')).toBe('term');
    expect(guessType('cancer screening')).toBe('term');
    // A Latin epithet alone is a fragment; a bare number after a drug is a count cut from the sentence.
    expect(guessType('mellitus')).toBe('term');
    expect(guessType('ketoconazole 2')).toBe('term');
    // -ism ends general words; only the glandular disorders are diseases by it.
    expect(guessType('dynamism')).toBe('term');
    expect(guessType('hypothyroidism')).toBe('diagnosis');
    // The act of diagnosing is no -osis disease, whatever it names (the entities stage's look-alikes).
    expect(guessType('covid-19 diagnosis')).toBe('term');
    expect(guessType('situational diagnosis')).toBe('term');
    expect(guessType('prognosis')).toBe('term');
    expect(guessType('tuberculosis')).toBe('diagnosis');
  });

  it('types by word formation: -ism on a word general English lacks, hyper-/hypo- on a noun of state, anti- on an adjective', () => {
    expect(guessType('loxoscelism')).toBe('diagnosis');
    expect(guessType('mechanism')).toBe('term');
    expect(guessType('hypoperfusion')).toBe('diagnosis');
    expect(guessType('transient hyperactivity')).toBe('diagnosis');
    // Anatomy, adjectives and general words of the same beginning are no findings.
    expect(guessType('hypothalamus')).toBe('term');
    expect(guessType('hypoglycemic')).toBe('term');
    expect(guessType('hypothesis')).toBe('term');
    expect(guessType('antiretroviral')).toBe('drug');
    expect(guessType('anti-inflammatory')).toBe('drug');
    expect(guessType('antisocial')).toBe('term');
    expect(guessType('antibody')).toBe('term');
  });

  it('types a head the lab lexicon names as one word as a lab, general words there aside', () => {
    expect(guessType('serum creatinine')).toBe('lab');
    expect(guessType('ionized calcium')).toBe('lab');
    expect(guessType('complement')).toBe('term');
  });

  it('leaves a general head under modifiers of degree a free combination', () => {
    expect(entryType('severe disease', 'diagnosis', false)).toBe('term');
    expect(entryType('mild symptom', 'diagnosis', false)).toBe('term');
    expect(entryType('main complication', 'diagnosis', false)).toBe('term');
    expect(entryType('severe sepsis', 'diagnosis', false)).toBe('diagnosis');
    expect(entryType('chronic kidney disease', 'diagnosis', false)).toBe('diagnosis');
  });
});
