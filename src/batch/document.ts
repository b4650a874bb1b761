import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { emptyTerms } from '../glossary/evidence.js';
import { writeFileAtomic } from '../io/atomic.js';
import { fatalInputError, processDocument } from '../processor.js';
import type { DocumentResult, DocumentTerms } from '../types.js';
import type { ManifestEntry } from './manifest.js';
import type { StoredResults } from './reduce.js';
import type { SourceDocument } from './sources.js';

/** Turn one source document into its stored result (the map step). */
export async function runDocument(doc: SourceDocument, version: string): Promise<DocumentResult> {
  const file = await processDocument(doc.id, doc.input, doc.path);
  // A document ingest could not read is a failure to report, not an empty result.
  const fatal = fatalInputError(file);
  if (fatal) throw fatal;
  return toResult(file, doc, version);
}

/**
 * The map step through to disk: process one document and write its result
 * as a shard under `dir` (the output folder's `.medbitext`). It runs where
 * the document was processed, so a worker thread hands back only the small
 * manifest entry, never the result itself.
 */
export async function storeDocument(doc: SourceDocument, version: string, dir: string): Promise<ManifestEntry> {
  const result = await runDocument(doc, version);
  const { text, terms } = shardText(result);
  const entry = { id: doc.id, hash: doc.hash, version, shard: shardName(doc.id), terms };
  writeFileAtomic(join(dir, entry.shard), text);
  return entry;
}

const TERMS_KEY = ',"terms":';

/**
 * A result as stored: `JSON.stringify(result)` byte for byte (other readers
 * parse shards whole), put together around its terms so that their byte range
 * is known. The reduce's later passes parse either the terms alone (the
 * glossary's) or all but them (the report's): at 10,000 documents, parsing
 * shards whole took 9 of the reduce's 22 s.
 */
export function shardText(result: DocumentResult): { text: string; terms: [number, number] } {
  const { terms, messages, ...head } = result;
  const before = JSON.stringify(head).slice(0, -1) + TERMS_KEY;
  const termsJson = JSON.stringify(terms);
  const start = Buffer.byteLength(before);
  return { text: `${before}${termsJson}${MESSAGES_KEY}${JSON.stringify(messages)}}`, terms: [start, start + Buffer.byteLength(termsJson)] };
}

/** A stored result, whole. */
export function readResult(path: string): DocumentResult {
  return JSON.parse(readFileSync(path, 'utf8')) as DocumentResult;
}

const MESSAGES_KEY = ',"messages":';
const TERMS_KEY_BYTES = Buffer.from(TERMS_KEY);
const MESSAGES_KEY_BYTES = Buffer.from(MESSAGES_KEY);

/**
 * Whether `bytes` (the shard from byte `offset` on) still has the entry's terms
 * where the entry says: between the terms key and the messages key. A shard is
 * named by its document id, so a later result for the same id (a run killed
 * between writing a shard and recording it, or two queue jobs of one edited
 * document) can replace the file an older entry describes.
 */
function rangeHolds(bytes: Buffer, offset: number, [start, end]: [number, number]): boolean {
  const keyAt = start - offset - TERMS_KEY_BYTES.length;
  const afterAt = end - offset;
  return (
    keyAt >= 0 &&
    afterAt + MESSAGES_KEY_BYTES.length <= bytes.length &&
    bytes.subarray(keyAt, keyAt + TERMS_KEY_BYTES.length).equals(TERMS_KEY_BYTES) &&
    bytes.subarray(afterAt, afterAt + MESSAGES_KEY_BYTES.length).equals(MESSAGES_KEY_BYTES)
  );
}

/** The terms of a stored result, read and parsed alone when the manifest knows where they lie. */
export function readTerms(path: string, entry: ManifestEntry): DocumentTerms {
  if (!entry.terms) return readResult(path).terms;
  const [start, end] = entry.terms;
  // The range with the keys either side of it, to check it still holds.
  const from = Math.max(0, start - TERMS_KEY_BYTES.length);
  const bytes = Buffer.allocUnsafe(end + MESSAGES_KEY_BYTES.length - from);
  let length = 0;
  const fd = openSync(path, 'r');
  try {
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, from + length);
      if (read === 0) break;
      length += read;
    }
  } finally {
    closeSync(fd);
  }
  const window = bytes.subarray(0, length);
  if (!rangeHolds(window, from, entry.terms)) return readResult(path).terms;
  return JSON.parse(window.toString('utf8', start - from, end - from)) as DocumentTerms;
}

/** A stored result with its terms left unparsed (empty), for readers that never look at them. */
export function readWithoutTerms(path: string, entry: ManifestEntry): DocumentResult {
  const bytes = readFileSync(path);
  if (!entry.terms || !rangeHolds(bytes, 0, entry.terms)) return JSON.parse(bytes.toString('utf8')) as DocumentResult;
  const [start, end] = entry.terms;
  const result = JSON.parse(bytes.toString('utf8', 0, start - TERMS_KEY.length) + bytes.toString('utf8', end)) as DocumentResult;
  result.terms = emptyTerms(result.id);
  return result;
}

export function toResult(file: VFile, doc: SourceDocument, version: string): DocumentResult {
  const d = file.data;
  return {
    id: doc.id,
    path: doc.path,
    hash: doc.hash,
    version,
    text: d.text ?? { en: '', pt: '' },
    captions: d.captions ?? [],
    sentences: d.sentences ?? [],
    alignment: d.alignment ?? [],
    entities: d.entities ?? [],
    entityLinks: d.entityLinks ?? [],
    terms: d.terms ?? emptyTerms(doc.id),
    messages: file.messages.map((m) => ({
      reason: m.reason,
      line: m.line ?? undefined,
      column: m.column ?? undefined,
      rule: m.ruleId ?? undefined,
      fatal: m.fatal === true || undefined,
    })),
  };
}

/** A file-system-safe, collision-free shard name for a document id. */
export function shardName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `shards/${safe}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}.json`;
}

/** The results of these manifest entries (in this order) under a state folder, for the reduce. */
export function storedResults(dir: string, entries: ManifestEntry[]): StoredResults {
  return {
    *all() {
      for (const e of entries) yield readResult(join(dir, e.shard));
    },
    *terms() {
      for (const e of entries) yield readTerms(join(dir, e.shard), e);
    },
    *withoutTerms() {
      for (const e of entries) yield readWithoutTerms(join(dir, e.shard), e);
    },
  };
}
