import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject, type Query, type SearchOptions } from 'minisearch';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../io/errors.js';
import type { DocumentResult, EntityType, GlossaryEntry, Lang } from '../types.js';
import { ConceptDictionary, glossaryConcepts, shippedConcepts, type Concept } from './concepts.js';
import { documentRecords, indexFields, type RecordEntity, type SearchRecord } from './records.js';
import { analyseQuery, entityMatches, isEmptyQuery, type AnalysedQuery, type TrimmedQuery } from './query.js';
import { phraseFirst } from './phrase.js';
import { writtenFirst } from './written.js';

/**
 * The embedded index: MiniSearch over pre-analysed fields, saved as one JSON
 * file in the index folder. Every document's records are kept with its
 * content hash, so adding or changing a document re-analyses that document
 * only (its old records are discarded from the inverted index, the new ones
 * added), and a change of analysis rebuilds the inverted index from the
 * stored records without running the pipeline again.
 */
export const INDEX_FILE = 'search-index.json';

/** Bump when analysis or record shape changes: stored records are then re-analysed. */
const ANALYSIS_VERSION = 3;

interface StoredDocument {
  hash: string;
  path: string;
  records: SearchRecord[];
}

interface IndexFile {
  format: 'medbitext-search';
  analysis: number;
  documents: Record<string, StoredDocument>;
  glossary: Array<Pick<GlossaryEntry, 'id' | 'en' | 'pt'>>;
  inverted: AsPlainObject;
}

export interface SearchOptionsIn {
  /** The language of the query; both analyses when absent. */
  lang?: Lang;
  /** Only records with a mention of this type that answers the query. */
  type?: EntityType;
  limit?: number;
  /** With `type`: let negated and hedged mentions answer too. */
  includeNegated?: boolean;
}

export interface SearchHit {
  doc: string;
  en: string;
  pt: string;
  score: number;
  entities: Array<Omit<RecordEntity, 'start' | 'end'>>;
  id: string;
  part: string;
  section: string;
  /** The analysed query, for highlighting. */
  query: AnalysedQuery;
  record: SearchRecord;
}

/** Hits, and what the search left out or cut. */
export interface SearchResult {
  hits: SearchHit[];
  /** Records that matched a typed query only through negated or hedged mentions (`includeNegated` shows them). */
  hidden: number;
  /** Set when the query was longer than the caps and was cut. */
  trimmed?: TrimmedQuery;
}

export type PutResult = 'added' | 'replaced' | 'unchanged';

const FIELDS = ['en', 'pt', 'xl'] as const;

// Fields arrive analysed (space-separated terms), so MiniSearch only splits them.
const MINISEARCH_OPTIONS = {
  fields: [...FIELDS],
  idField: 'id',
  tokenize: (s: string) => s.split(' '),
  processTerm: (t: string) => t || null,
  searchOptions: { combineWith: 'OR' as const },
};

/** Field weights: the query's own language counts more than a cognate or lexicon key. */
const BOOST = { en: 1, pt: 1, xl: 0.6 };

type Indexed = { id: string } & Record<(typeof FIELDS)[number], string>;

export class SearchIndex {
  private inverted = new MiniSearch<Indexed>(MINISEARCH_OPTIONS);
  private readonly documents = new Map<string, StoredDocument>();
  private readonly records = new Map<string, SearchRecord>();
  private glossary: Array<Pick<GlossaryEntry, 'id' | 'en' | 'pt'>> = [];
  private dictionary = new ConceptDictionary(shippedConcepts());

  /** Open the index saved in `dir`. */
  static open(dir: string): SearchIndex {
    const path = join(dir, INDEX_FILE);
    if (!existsSync(path)) throw new InputError('searchIndexMissing', dir);
    let file: IndexFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as IndexFile;
    } catch {
      throw new InputError('searchIndexInvalid', path);
    }
    if (file?.format !== 'medbitext-search' || typeof file.documents !== 'object') throw new InputError('searchIndexInvalid', path);
    const index = new SearchIndex();
    index.setGlossary(file.glossary ?? []);
    for (const [id, doc] of Object.entries(file.documents)) {
      index.documents.set(id, doc);
      for (const r of doc.records) if (r.kind === 'pair') index.records.set(r.id, r);
    }
    if (file.analysis === ANALYSIS_VERSION && file.inverted) index.inverted = MiniSearch.loadJS<Indexed>(file.inverted, MINISEARCH_OPTIONS);
    else index.reanalyse();
    return index;
  }

  /** Documents held. */
  get size(): number {
    return this.documents.size;
  }

  /** Searchable records (sentence pairs) held. */
  get recordCount(): number {
    return this.records.size;
  }

  /** All records, documents' own records included. */
  *allRecords(): Generator<SearchRecord> {
    for (const doc of this.documents.values()) yield* doc.records;
  }

  has(id: string, hash: string): boolean {
    return this.documents.get(id)?.hash === hash;
  }

  /** The corpus glossary used to find concepts and expand queries. */
  setGlossary(entries: Array<Pick<GlossaryEntry, 'id' | 'en' | 'pt'>>): void {
    const byId = new Map(this.glossary.map((e) => [e.id, e]));
    for (const e of entries) byId.set(e.id, { id: e.id, en: e.en, pt: e.pt });
    this.glossary = [...byId.values()];
    this.dictionary = new ConceptDictionary([...shippedConcepts(), ...glossaryConcepts(this.glossary)]);
  }

  glossaryConcepts(): Concept[] {
    return glossaryConcepts(this.glossary);
  }

  /** Add a processed document, or replace it when its content changed. */
  put(result: DocumentResult, hash: string = result.hash): PutResult {
    const old = this.documents.get(result.id);
    if (old?.hash === hash) return 'unchanged';
    if (old) this.remove(result.id);
    const records = documentRecords(result);
    for (const r of records) {
      const fields = indexFields(r, this.dictionary);
      if (r.kind !== 'pair') continue;
      this.inverted.add({ id: r.id, ...fields });
      this.records.set(r.id, r);
    }
    this.documents.set(result.id, { hash, path: result.path, records });
    return old ? 'replaced' : 'added';
  }

  remove(id: string): boolean {
    const old = this.documents.get(id);
    if (!old) return false;
    for (const r of old.records) {
      if (!this.records.delete(r.id)) continue;
      this.inverted.discard(r.id);
    }
    this.documents.delete(id);
    return true;
  }

  /** Rebuild the inverted index from the stored records (after an analysis change). */
  private reanalyse(): void {
    this.inverted = new MiniSearch<Indexed>(MINISEARCH_OPTIONS);
    for (const doc of this.documents.values()) {
      for (const r of doc.records) {
        const fields = indexFields(r, this.dictionary);
        if (r.kind === 'pair') this.inverted.add({ id: r.id, ...fields });
      }
    }
  }

  save(dir: string): void {
    if (this.inverted.dirtCount > 0) this.inverted.vacuum();
    const file: IndexFile = {
      format: 'medbitext-search',
      analysis: ANALYSIS_VERSION,
      documents: Object.fromEntries(this.documents),
      glossary: this.glossary,
      inverted: this.inverted.toJSON(),
    };
    writeFileAtomic(join(dir, INDEX_FILE), JSON.stringify(file));
  }

  /** Hits best first. Throws an InputError when the query has nothing to search for. */
  search(query: string, options: SearchOptionsIn = {}): SearchHit[] {
    return this.find(query, options).hits;
  }

  /**
   * Hits best first, records whose text holds the query's exact phrase ahead
   * of the rest, with what the caller should be told: that the query was cut,
   * and how many records only negated or hedged mentions kept out of a typed
   * query. An untyped query searches every word, those inside negated
   * mentions too.
   */
  find(query: string, options: SearchOptionsIn = {}): SearchResult {
    const q = analyseQuery(query, this.dictionary, options.lang);
    if (isEmptyQuery(q)) throw new InputError('searchNoTerms', '', { query: query.slice(0, 80) });
    const fields = (['en', 'pt', 'xl'] as const).filter((f) => q[f].length > 0);
    const queries: Query[] = fields.map((f) => ({ queries: [q[f].join(' ')], fields: [f], boost: { [f]: BOOST[f] } }));
    const type = options.type;
    const includeNegated = options.includeNegated ?? false;
    const searchOptions: SearchOptions = { combineWith: 'OR' };
    let hidden = 0;
    if (type) {
      searchOptions.filter = (hit) => {
        const r = this.records.get(hit.id as string);
        if (!r) return false;
        if (r.entities.some((e) => entityMatches(e, type, q, this.dictionary, includeNegated))) return true;
        if (!includeNegated && r.entities.some((e) => entityMatches(e, type, q, this.dictionary, true))) hidden++;
        return false;
      };
    }
    const limit = Math.max(1, options.limit ?? 10);
    const record = (id: string) => this.records.get(id);
    let ranked = this.inverted.search({ combineWith: 'OR', queries }, searchOptions);
    // The words as written first, then the phrase: a phrase match stays in front, its group in that order.
    if (q.written) ranked = writtenFirst(ranked, q.written, limit, record);
    const found = phraseFirst(ranked, q.phrase, limit, record);
    const hits: SearchHit[] = [];
    for (const h of found) {
      if (hits.length >= limit) break;
      const r = this.records.get(h.id as string);
      if (!r) continue;
      hits.push({
        doc: r.doc,
        en: r.en,
        pt: r.pt,
        score: Math.round(h.score * 1000) / 1000,
        entities: r.entities.map(({ start: _s, end: _e, ...e }) => e),
        id: r.id,
        part: r.part,
        section: r.section,
        query: q,
        record: r,
      });
    }
    return { hits, hidden, ...(q.trimmed ? { trimmed: q.trimmed } : {}) };
  }
}
