/**
 * Hand-written search cases (written for medbitext, not taken from any corpus):
 * small bilingual documents, and queries whose answer is one sentence pair.
 *
 * - phrase: the answer holds the query's words adjacent; other sentences share
 *   some of them, often more than once (`diabetic ketoacidosis` against
 *   sentences about diabetes).
 * - negated: the only sentence that mentions the query's subject mentions it
 *   negated (`A tuberculose foi excluída`); an untyped query must still find it.
 *
 * A target is `doc#k`, the k-th sentence pair of that document.
 */
export interface CaseDocument {
  id: string;
  en: string[];
  pt: string[];
}

export interface SearchCase {
  kind: 'phrase' | 'negated';
  query: string;
  target: string;
}

export const caseDocuments: CaseDocument[] = [
  {
    id: 'dka',
    en: [
      'Diabetic patients rarely develop ketoacidosis on insulin pumps.',
      'Her diabetes was diabetic in name only: diabetic diet, diabetic clinic.',
      'After three days of vomiting, abdominal pain and rapid breathing at home, the laboratory tests taken in the emergency room confirmed diabetic ketoacidosis with a low bicarbonate.',
      'Ketoacidosis and diabetic coma were discussed with the family.',
    ],
    pt: [
      'Pacientes diabéticos raramente desenvolvem cetoacidose com bombas de insulina.',
      'O diabetes era diabético só no nome: dieta diabética, ambulatório diabético.',
      'Após três dias de vômitos, dor abdominal e respiração rápida em casa, os exames laboratoriais colhidos no pronto-socorro confirmaram cetoacidose diabética com bicarbonato baixo.',
      'A cetoacidose e o coma diabético foram discutidos com a família.',
    ],
  },
  {
    id: 'pe',
    en: [
      'Embolism of pulmonary origin is unusual.',
      'Pulmonary function was normal; embolism was not considered.',
      'Because the dyspnea worsened over the weekend despite oxygen, computed tomography angiography of the chest was done and showed a pulmonary embolism in the right lower lobe.',
      'Anticoagulation was started.',
    ],
    pt: [
      'A embolia de origem pulmonar é incomum.',
      'A função pulmonar era normal; a embolia não foi considerada.',
      'Como a dispneia piorou no fim de semana apesar do oxigênio, foi feita angiotomografia do tórax, que mostrou embolia pulmonar no lobo inferior direito.',
      'A anticoagulação foi iniciada.',
    ],
  },
  {
    id: 'aki',
    en: [
      'Renal failure, acute or chronic, was excluded.',
      'Acute heart failure with renal cysts was known.',
      'On the second day of the admission, after the contrast study and two doses of the antibiotic, he developed acute renal failure with oliguria.',
      'Creatinine returned to normal within a week.',
    ],
    pt: [
      'Insuficiência renal, aguda ou crônica, foi excluída.',
      'Insuficiência cardíaca aguda com cistos renais era conhecida.',
      'No segundo dia da internação, após o exame contrastado e duas doses do antibiótico, desenvolveu insuficiência renal aguda com oligúria.',
      'A creatinina voltou ao normal em uma semana.',
    ],
  },
  {
    id: 'marrow',
    en: [
      'Biopsy of bone: no marrow.',
      'Marrow edema in the bone; biopsy of the skin was deferred.',
      'Because of the unexplained anemia and the low platelet count found on the routine blood tests, a bone marrow biopsy was performed under local anesthesia.',
    ],
    pt: [
      'Biópsia óssea: sem medula.',
      'Edema da medula no osso; a biópsia da pele foi adiada.',
      'Por causa da anemia inexplicada e da contagem baixa de plaquetas encontradas nos exames de sangue de rotina, foi realizada biópsia de medula óssea sob anestesia local.',
    ],
  },
  {
    id: 'tb',
    en: ['The patient had a chronic cough and weight loss.', 'Tuberculosis was ruled out.', 'A chest radiograph was normal.'],
    pt: ['O paciente tinha tosse crônica e perda de peso.', 'A tuberculose foi excluída.', 'A radiografia de tórax foi normal.'],
  },
  {
    id: 'onc',
    en: ['A mass was found in the left breast.', 'There were no metastases.', 'Surgery was scheduled.'],
    pt: ['Foi encontrada uma massa na mama esquerda.', 'Não havia metástases.', 'A cirurgia foi agendada.'],
  },
  {
    id: 'fever',
    en: ['The child was brought in with fever and irritability.', 'There was no evidence of meningitis.', 'Otitis media was treated with amoxicillin.'],
    pt: ['A criança foi trazida com febre e irritabilidade.', 'Não havia evidência de meningite.', 'A otite média foi tratada com amoxicilina.'],
  },
];

export const searchCases: SearchCase[] = [
  { kind: 'phrase', query: 'diabetic ketoacidosis', target: 'dka#3' },
  { kind: 'phrase', query: 'cetoacidose diabética', target: 'dka#3' },
  { kind: 'phrase', query: 'pulmonary embolism', target: 'pe#3' },
  { kind: 'phrase', query: 'embolia pulmonar', target: 'pe#3' },
  { kind: 'phrase', query: 'acute renal failure', target: 'aki#3' },
  { kind: 'phrase', query: 'insuficiência renal aguda', target: 'aki#3' },
  { kind: 'phrase', query: 'bone marrow biopsy', target: 'marrow#3' },
  { kind: 'phrase', query: 'biópsia de medula óssea', target: 'marrow#3' },
  { kind: 'negated', query: 'tuberculose', target: 'tb#2' },
  { kind: 'negated', query: 'tuberculosis', target: 'tb#2' },
  { kind: 'negated', query: 'metástases', target: 'onc#2' },
  { kind: 'negated', query: 'meningitis', target: 'fever#2' },
];
