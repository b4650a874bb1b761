import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import type { Concept } from './concepts.js';
import type { ENTITY_ATTRIBUTES, SearchRecord } from './records.js';

/**
 * The Elasticsearch / OpenSearch feed: an index template (analysers and
 * mapping), a Solr-format synonyms file made from the glossary and lexicons,
 * and `_bulk` NDJSON files of the records. Text is indexed with the built-in
 * `english` and `brazilian` analysers; at search time the same chains run with
 * a `synonym_graph` filter added, so `prednisona` also searches `prednisone`.
 * (A synonym graph cannot be indexed, only searched, hence the two analysers.)
 */
const INDEX_NAME = 'medbitext';
export const TEMPLATE_FILE = 'index-template.json';
export const SYNONYMS_FILE = 'synonyms.txt';
/** Where the synonyms file goes, relative to the Elasticsearch config folder. */
const SYNONYMS_PATH = `analysis/medbitext/${SYNONYMS_FILE}`;
const FEED_STATE = 'feed-state.json';
/** Elasticsearch's default `http.max_content_length` is 100 MB; 10 MB requests are the advice. */
const BULK_BYTES = 10 * 1024 * 1024;

const keyword = { type: 'keyword' };
/** Ids are the user's and may be long: Lucene refuses a term over 32,766 bytes, so longer ones are kept in the source only. */
const idKeyword = { type: 'keyword', ignore_above: 8191 };
const number = { type: 'double' };

/** How each entity attribute is mapped: numbers as numbers, flags and codes as keywords, values as written. Every attribute must have one (the mapping is strict). */
const ENTITY_ATTRIBUTE_MAPPING: Record<(typeof ENTITY_ATTRIBUTES)[number], object> = {
  category: keyword,
  expansion: { type: 'text', analyzer: 'medbitext_folded' },
  uncertain: { type: 'boolean' },
  certainty: keyword,
  subject: keyword,
  value: keyword,
  number,
  unit: keyword,
  ucum: keyword,
  reference_range: keyword,
  range: { type: 'object', properties: { text: keyword, low: number, high: number, unit: keyword, ucum: keyword, kind: keyword } },
  flag: keyword,
  dose: keyword,
  frequency: keyword,
  route: keyword,
  duration: keyword,
  brand: keyword,
};

/** The Elasticsearch index template: one literal, laid out as Elasticsearch reads it (a data literal, so longer than a function is kept). */
export function indexTemplate(): object {
  return {
    index_patterns: [`${INDEX_NAME}*`],
    priority: 100,
    _meta: { description: 'medbitext aligned EN/PT sentence pairs and documents' },
    template: {
      settings: {
        analysis: {
          filter: {
            medbitext_synonyms: { type: 'synonym_graph', synonyms_path: SYNONYMS_PATH, lenient: true },
            medbitext_english_possessive: { type: 'stemmer', language: 'possessive_english' },
            medbitext_english_stop: { type: 'stop', stopwords: '_english_' },
            medbitext_english_stemmer: { type: 'stemmer', language: 'english' },
            medbitext_brazilian_stop: { type: 'stop', stopwords: '_brazilian_' },
            medbitext_brazilian_stemmer: { type: 'stemmer', language: 'brazilian' },
          },
          analyzer: {
            // The built-in english / brazilian chains with the synonym graph after lower-casing.
            medbitext_english_search: {
              type: 'custom',
              tokenizer: 'standard',
              filter: ['medbitext_english_possessive', 'lowercase', 'medbitext_synonyms', 'medbitext_english_stop', 'medbitext_english_stemmer'],
            },
            medbitext_brazilian_search: {
              type: 'custom',
              tokenizer: 'standard',
              filter: ['lowercase', 'medbitext_synonyms', 'medbitext_brazilian_stop', 'medbitext_brazilian_stemmer'],
            },
            medbitext_folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
          },
        },
      },
      mappings: {
        dynamic: 'strict',
        properties: {
          id: idKeyword,
          doc: idKeyword,
          kind: keyword,
          part: keyword,
          section: { type: 'text', fields: { raw: keyword } },
          en: { type: 'text', analyzer: 'english', search_analyzer: 'medbitext_english_search', fields: { folded: { type: 'text', analyzer: 'medbitext_folded' } } },
          pt: { type: 'text', analyzer: 'brazilian', search_analyzer: 'medbitext_brazilian_search', fields: { folded: { type: 'text', analyzer: 'medbitext_folded' } } },
          en_n: { type: 'integer' },
          pt_n: { type: 'integer' },
          align_score: { type: 'float' },
          concepts: keyword,
          codes: keyword,
          entities: {
            type: 'nested',
            properties: {
              type: keyword,
              lang: keyword,
              text: { type: 'text', analyzer: 'medbitext_folded' },
              normalized: keyword,
              code: keyword,
              negated: { type: 'boolean' },
              start: { type: 'integer' },
              end: { type: 'integer' },
              ...ENTITY_ATTRIBUTE_MAPPING,
            },
          },
        },
      },
    },
  };
}

/** One line per concept, Solr format: equivalent terms separated by commas. */
export function synonymsFile(concepts: Concept[]): string {
  const lines = new Set<string>();
  for (const c of concepts) {
    const terms = [...new Set([...c.en, ...c.pt].map(synonymTerm).filter(Boolean))];
    if (terms.length > 1) lines.add(terms.join(', '));
  }
  return `# medbitext synonyms (Solr format), generated from the glossary and lexicons\n${[...lines].sort().join('\n')}\n`;
}

/**
 * Lower case (the filter runs after `lowercase`), with the Solr format's
 * escapes: a backslash before `,`, `\\`, `#` and the `=` of `=>`. A comma
 * replaced by a space instead turned `1,25-dihydroxyvitamin d` into a term the
 * standard tokenizer reads as other tokens (`1,25` is one), which never matched.
 */
function synonymTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\,#]|=(?=>)/g, (c) => `\\${c}`);
}

/** The indexed source of a record: the record (its id too) and its non-negated codes, flat for filters. */
function recordSource(r: SearchRecord): object {
  const codes = [...new Set(r.entities.filter((e) => !e.negated && e.code).map((e) => e.code!))];
  return { ...r, codes };
}

/** Elasticsearch and OpenSearch refuse an `_id` longer than this many bytes. */
const MAX_ID_BYTES = 512;
const HASHED = 'sha256:';

/**
 * The `_id` of a record: its id, or when that is too long (or could be taken
 * for a hashed one) `sha256:` and the hex digest of it, so two ids never share
 * an `_id`. The id itself is in the source's `id` field either way.
 */
export function bulkId(id: string): string {
  if (Buffer.byteLength(id) <= MAX_ID_BYTES && !id.startsWith(HASHED)) return id;
  return HASHED + createHash('sha256').update(id).digest('hex');
}

interface FeedState {
  documents: Record<string, { key: string; ids: string[] }>;
}

export interface FeedDocument {
  id: string;
  /** Content key: a document whose key is unchanged since the last feed is not sent again. */
  key: string;
  records: SearchRecord[];
}

export interface FeedSummary {
  files: string[];
  added: number;
  replaced: number;
  indexed: number;
  deleted: number;
  unchanged: number;
}

/**
 * Write the feed into `dir`. Only documents new or changed since the last
 * feed into `dir` go into the bulk files (with `delete` actions for records a
 * changed document no longer has), so feeding a grown corpus posts the
 * difference; an empty `dir` gets everything.
 */
export function writeFeed(dir: string, documents: Iterable<FeedDocument>, concepts: Concept[], bulkBytes = BULK_BYTES): FeedSummary {
  const statePath = join(dir, FEED_STATE);
  const state: FeedState = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as FeedState) : { documents: {} };
  const chunks: string[] = [];
  let chunk = '';
  const push = (lines: string) => {
    if (chunk && Buffer.byteLength(chunk) + Buffer.byteLength(lines) > bulkBytes) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += lines;
  };
  const summary: FeedSummary = { files: [], added: 0, replaced: 0, indexed: 0, deleted: 0, unchanged: 0 };
  for (const doc of documents) {
    const before = state.documents[doc.id];
    if (before?.key === doc.key) {
      summary.unchanged++;
      continue;
    }
    summary[before ? 'replaced' : 'added']++;
    const ids = doc.records.map((r) => r.id);
    for (const gone of (before?.ids ?? []).filter((id) => !ids.includes(id))) {
      push(JSON.stringify({ delete: { _index: INDEX_NAME, _id: bulkId(gone) } }) + '\n');
      summary.deleted++;
    }
    for (const r of doc.records) {
      push(JSON.stringify({ index: { _index: INDEX_NAME, _id: bulkId(r.id) } }) + '\n' + JSON.stringify(recordSource(r)) + '\n');
      summary.indexed++;
    }
    state.documents[doc.id] = { key: doc.key, ids };
  }
  if (chunk) chunks.push(chunk);

  const names = chunks.map((_, i) => `bulk-${String(i + 1).padStart(4, '0')}.ndjson`);
  chunks.forEach((c, i) => writeFileAtomic(join(dir, names[i]!), c));
  // Bulk files of an earlier feed were posted then; leaving them would post them again.
  for (const old of existsSync(dir) ? readdirSync(dir) : []) {
    if (/^bulk-\d+\.ndjson$/.test(old) && !names.includes(old)) rmSync(join(dir, old), { force: true });
  }
  writeFileAtomic(join(dir, TEMPLATE_FILE), JSON.stringify(indexTemplate(), null, 2) + '\n');
  writeFileAtomic(join(dir, SYNONYMS_FILE), synonymsFile(concepts));
  writeFileAtomic(statePath, JSON.stringify(state));
  summary.files = names;
  return summary;
}
