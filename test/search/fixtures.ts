import type { DocumentResult, EntityType, Lang, Link, Sentence, SentenceEntity } from '../../src/types.js';

interface MentionSpec {
  text: string;
  type: EntityType;
  normalized: string;
  code?: string;
  negated?: boolean;
}

interface PairSpec {
  en?: string;
  pt?: string;
  part?: Sentence['part'];
  en_mentions?: MentionSpec[];
  pt_mentions?: MentionSpec[];
}

/**
 * A processed document built by hand: one rung per pair, 1-1 (or 1-0 / 0-1
 * when a side is missing), entities placed by their text in the sentence.
 */
export function makeDocument(id: string, pairs: PairSpec[], hash = `h-${id}`): DocumentResult {
  const sentences: Sentence[] = [];
  const alignment: Link[] = [];
  const entities: SentenceEntity[] = [];
  const n = { en: 0, pt: 0 };
  for (const p of pairs) {
    const link: Link = { en: [], pt: [], score: 0.9, part: p.part ?? 'abstract' };
    for (const lang of ['en', 'pt'] as const) {
      const text = p[lang];
      if (text === undefined) continue;
      const num = ++n[lang];
      const s: Sentence = { id: `${id}-${lang}-${num}`, lang, n: num, part: link.part, section: '', text, start: 0, end: text.length, citations: [] };
      sentences.push(s);
      link[lang].push(num);
      for (const m of p[`${lang}_mentions`] ?? []) entities.push(mention(s, lang, m));
    }
    alignment.push(link);
  }
  return {
    id,
    path: `${id}.txt`,
    hash,
    version: 'test',
    text: { en: sentences.filter((s) => s.lang === 'en').map((s) => s.text).join('\n'), pt: sentences.filter((s) => s.lang === 'pt').map((s) => s.text).join('\n') },
    captions: [],
    sentences,
    alignment,
    entities,
    entityLinks: [],
    terms: { doc: id, pairs: alignment.length, pairTerms: [], surfaces: { en: {}, pt: {} }, examples: [], evidence: [] },
    messages: [],
  };
}

function mention(s: Sentence, lang: Lang, m: MentionSpec): SentenceEntity {
  const start = s.text.indexOf(m.text);
  if (start < 0) throw new Error(`fixture: "${m.text}" is not in "${s.text}"`);
  const e: SentenceEntity = { sentence: s.id, lang, start, end: start + m.text.length, text: m.text, type: m.type, negated: m.negated ?? false, normalized: m.normalized };
  if (m.code) e.code = m.code;
  return e;
}

/** Small documents written for these tests. */
export function smallCorpus(): DocumentResult[] {
  return [
    makeDocument('lupus', [
      { en: 'Calcinosis cutis in systemic lupus erythematosus', pt: 'Calcinose cutânea no lúpus eritematoso sistêmico', part: 'title',
        en_mentions: [{ text: 'systemic lupus erythematosus', type: 'diagnosis', normalized: 'systemic lupus erythematosus', code: 'ICD10:M32' }],
        pt_mentions: [{ text: 'lúpus eritematoso sistêmico', type: 'diagnosis', normalized: 'systemic lupus erythematosus', code: 'ICD10:M32' }] },
      { en: 'The patient was treated with prednisone 40 mg daily.', pt: 'A paciente foi tratada com prednisona 40 mg ao dia.',
        en_mentions: [{ text: 'prednisone', type: 'drug', normalized: 'prednisone', code: 'ATC:H02AB07' }],
        pt_mentions: [{ text: 'prednisona', type: 'drug', normalized: 'prednisone', code: 'ATC:H02AB07' }] },
      { en: 'There was no evidence of dermatomyositis.', pt: 'Não havia evidência de dermatomiosite.',
        en_mentions: [{ text: 'dermatomyositis', type: 'diagnosis', normalized: 'dermatomyositis', negated: true }],
        pt_mentions: [{ text: 'dermatomiosite', type: 'diagnosis', normalized: 'dermatomyositis', negated: true }] },
      { en: 'Serum calcium was 9.8 mg/dL and the erythrocyte sedimentation rate was high.', pt: 'O cálcio sérico foi de 9,8 mg/dL e a velocidade de hemossedimentação estava elevada.',
        en_mentions: [{ text: 'erythrocyte sedimentation rate', type: 'lab', normalized: 'erythrocyte sedimentation rate', code: 'LOINC:4537-7' }],
        pt_mentions: [{ text: 'velocidade de hemossedimentação', type: 'lab', normalized: 'erythrocyte sedimentation rate', code: 'LOINC:4537-7' }] },
    ]),
    makeDocument('myositis', [
      { en: 'Juvenile dermatomyositis with calcinosis', pt: 'Dermatomiosite juvenil com calcinose', part: 'title',
        en_mentions: [{ text: 'dermatomyositis', type: 'diagnosis', normalized: 'dermatomyositis' }],
        pt_mentions: [{ text: 'Dermatomiosite', type: 'diagnosis', normalized: 'dermatomyositis' }] },
      { en: 'Methotrexate was added because of muscle weakness.', pt: 'Metotrexato foi associado devido à fraqueza muscular.',
        en_mentions: [{ text: 'Methotrexate', type: 'drug', normalized: 'methotrexate', code: 'ATC:L01BA01' }],
        pt_mentions: [{ text: 'Metotrexato', type: 'drug', normalized: 'methotrexate', code: 'ATC:L01BA01' }] },
      { en: 'Follow-up imaging was recommended.' },
    ]),
  ];
}
