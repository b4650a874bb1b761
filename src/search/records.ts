import type { DocumentResult, Entity, EntityType, Lang, Part, Sentence, SentenceEntity } from '../types.js';
import { analyse, tokenize } from './analyze.js';
import type { ConceptDictionary } from './concepts.js';

/**
 * What the index holds: one record per rung of the alignment ladder (both
 * texts; a 1-0 or 0-1 rung keeps the one side) and one per document (its
 * own title, in each language, and every entity and concept it mentions).
 */

/** What the entities stage says of a mention beyond its name, kept whole in the record (every field is optional). */
export const ENTITY_ATTRIBUTES = ['category', 'expansion', 'uncertain', 'certainty', 'subject', 'value', 'number', 'unit', 'ucum', 'reference_range', 'range', 'flag', 'dose', 'frequency', 'route', 'duration', 'brand'] as const;
/** Attributes that say who and how sure: kept in the document record, where the values of single mentions are not. */
const DOCUMENT_ATTRIBUTES = ['category', 'uncertain', 'certainty', 'subject'] as const;

export type EntityAttributes = Pick<Entity, (typeof ENTITY_ATTRIBUTES)[number]>;

export interface RecordEntity extends EntityAttributes {
  type: EntityType;
  lang: Lang;
  text: string;
  normalized: string;
  code?: string;
  negated: boolean;
  /** Offsets into the record's text in `lang`; -1 when the mention could not be placed. */
  start: number;
  end: number;
}

export interface SearchRecord {
  id: string;
  doc: string;
  kind: 'pair' | 'document';
  part: Part;
  section: string;
  en: string;
  pt: string;
  /** Sentence numbers (1-based) of each side. */
  en_n: number[];
  pt_n: number[];
  /** Alignment confidence of the rung (1 for a document record). */
  align_score: number;
  entities: RecordEntity[];
  /** Glossary concept ids found in either text. */
  concepts: string[];
}

/** The records of one processed document. */
export function documentRecords(doc: DocumentResult): SearchRecord[] {
  const byN: Record<Lang, Map<number, Sentence>> = { en: new Map(), pt: new Map() };
  for (const s of doc.sentences) byN[s.lang].set(s.n, s);
  const bySentence = new Map<string, SentenceEntity[]>();
  for (const e of doc.entities ?? []) {
    const list = bySentence.get(e.sentence) ?? [];
    list.push(e);
    bySentence.set(e.sentence, list);
  }

  const records: SearchRecord[] = [];
  (doc.alignment ?? []).forEach((link, k) => {
    const sides = { en: join(link.en, byN.en, bySentence), pt: join(link.pt, byN.pt, bySentence) };
    if (!sides.en.text && !sides.pt.text) return;
    const first = byN.en.get(link.en[0]!) ?? byN.pt.get(link.pt[0]!);
    records.push({
      id: `${doc.id}#${k + 1}`,
      doc: doc.id,
      kind: 'pair',
      part: link.part,
      section: first?.section ?? '',
      en: sides.en.text,
      pt: sides.pt.text,
      en_n: link.en,
      pt_n: link.pt,
      align_score: link.score,
      entities: [...sides.en.entities, ...sides.pt.entities],
      concepts: [],
    });
  });
  // Sentences no rung covers (an English-only body) are still searchable, one record each.
  const covered = { en: new Set((doc.alignment ?? []).flatMap((l) => l.en)), pt: new Set((doc.alignment ?? []).flatMap((l) => l.pt)) };
  for (const s of doc.sentences) {
    if (covered[s.lang].has(s.n)) continue;
    const side = join([s.n], byN[s.lang], bySentence);
    records.push({
      id: `${doc.id}#${s.lang}${s.n}`,
      doc: doc.id,
      kind: 'pair',
      part: s.part,
      section: s.section,
      en: s.lang === 'en' ? side.text : '',
      pt: s.lang === 'pt' ? side.text : '',
      en_n: s.lang === 'en' ? [s.n] : [],
      pt_n: s.lang === 'pt' ? [s.n] : [],
      align_score: 0,
      entities: side.entities,
      concepts: [],
    });
  }
  records.push(documentRecord(doc, records));
  return records;
}

/** The sentences of one side of a rung as one text, their entities placed in it. */
function join(numbers: number[], byN: Map<number, Sentence>, bySentence: Map<string, SentenceEntity[]>) {
  let text = '';
  const entities: RecordEntity[] = [];
  for (const n of numbers) {
    const s = byN.get(n);
    if (!s) continue;
    if (text) text += ' ';
    const offset = text.length;
    text += s.text;
    for (const e of bySentence.get(s.id) ?? []) entities.push(placeEntity(e, s, offset));
  }
  return { text, entities };
}

/** Entity offsets are into the sentence; when they do not fit it, look for the mention. */
function placeEntity(e: SentenceEntity, s: Sentence, offset: number): RecordEntity {
  let start = s.text.slice(e.start, e.end) === e.text ? e.start : s.text.indexOf(e.text);
  if (!e.text) start = -1;
  const placed = start >= 0 ? { start: start + offset, end: start + offset + e.text.length } : { start: -1, end: -1 };
  const out: RecordEntity = { type: e.type, lang: e.lang, text: e.text, normalized: e.normalized, negated: e.negated, ...placed };
  if (e.code) out.code = e.code;
  copyAttributes(out, e, ENTITY_ATTRIBUTES);
  return out;
}

function copyAttributes(to: RecordEntity, from: EntityAttributes, fields: ReadonlyArray<keyof EntityAttributes>): void {
  for (const k of fields) if (from[k] !== undefined) (to as unknown as Record<string, unknown>)[k] = from[k];
}

/**
 * The article's own title in `lang`: its first title paragraph (every sentence
 * of it). Later title paragraphs are another's (a reply's, a sub-article's or
 * a translation's copy) and stay searchable in their own pair records.
 */
function ownTitle(doc: DocumentResult, lang: Lang): string {
  const titles = doc.sentences.filter((s) => s.lang === lang && s.part === 'title').sort((a, b) => a.n - b.n);
  const text = doc.text?.[lang] ?? '';
  let end = 0;
  while (end < titles.length && (end === 0 || !/\n\s*\n/.test(text.slice(titles[end - 1]!.end, titles[end]!.start)))) end++;
  return titles.slice(0, end).map((s) => s.text).join(' ');
}

function documentRecord(doc: DocumentResult, pairs: SearchRecord[]): SearchRecord {
  const seen = new Set<string>();
  const entities: RecordEntity[] = [];
  for (const r of pairs) {
    for (const e of r.entities) {
      // The same entity said of a relative, or only supposed, is another fact of the document.
      const key = `${e.type}\t${e.normalized}\t${e.negated}\t${e.subject ?? ''}\t${e.certainty ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const out: RecordEntity = { type: e.type, lang: e.lang, text: e.text, normalized: e.normalized, negated: e.negated, start: -1, end: -1 };
      if (e.code) out.code = e.code;
      copyAttributes(out, e, DOCUMENT_ATTRIBUTES);
      entities.push(out);
    }
  }
  return {
    id: doc.id,
    doc: doc.id,
    kind: 'document',
    part: 'title',
    section: '',
    en: ownTitle(doc, 'en'),
    pt: ownTitle(doc, 'pt'),
    en_n: [],
    pt_n: [],
    align_score: 1,
    entities,
    concepts: [],
  };
}

/** A record's searchable terms per index field, as space-separated strings. */
export interface IndexedFields {
  en: string;
  pt: string;
  /** Cross-lingual keys of both texts. */
  xl: string;
}

/**
 * Analyse a record for the index, and fill in its concept ids. Words inside
 * negated mentions are indexed like any other: an untyped query finds
 * "tuberculosis was ruled out"; a typed query leaves such records out by
 * their mentions' negation (query.ts), and says how many it left out.
 */
export function indexFields(record: SearchRecord, dictionary: ConceptDictionary): IndexedFields {
  const fields = { en: [] as string[], pt: [] as string[], xl: [] as string[] };
  const concepts = new Set<string>();
  for (const lang of ['en', 'pt'] as const) {
    const tokens = analyse(record[lang], lang);
    for (const t of tokens) if (!t.stop) fields[lang].push(t.stem), fields.xl.push(...t.keys);
    for (const m of dictionary.match(tokens, lang)) {
      fields.xl.push(`@${m.key}`);
      if (m.key.startsWith('g:')) concepts.add(m.key.slice(2));
    }
  }
  // Codes of what the record mentions (ATC, ICD-10, LOINC) are searchable as `$` keys.
  for (const e of record.entities) {
    if (e.code) fields.xl.push(...tokenize(e.code).filter((t) => t.folded.length >= 2).map((t) => `$${t.folded}`));
  }
  record.concepts = [...concepts];
  return { en: fields.en.join(' '), pt: fields.pt.join(' '), xl: fields.xl.join(' ') };
}
