import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { emptyTerms } from '../glossary/evidence.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { DocumentResult, DocumentTerms } from '../types.js';
import type { ManifestEntry } from './manifest.js';
import type { StoredResults } from './reduce-input.js';

/*
 * Stored document results (shards): how a result is written, and the readers
 * the reduce's passes use. Nothing here loads the pipeline, so the glossary
 * thread reads shards without it.
 */

const TERMS_KEY = ',"terms":';
const MESSAGES_KEY = ',"messages":';
const PAIR_TERMS_KEY = '"pairTerms":';
const SURFACES_KEY = ',"surfaces":';

/**
 * A result as stored: `JSON.stringify(result)` byte for byte (other readers
 * parse shards whole), put together around its terms so that their byte range
 * is known, and that of their pair terms within them. The reduce's later
 * passes parse either the terms alone (the glossary's), the pair terms alone
 * (the glossary's co-occurrence passes), or all but the terms (the corpus
 * files and the report): parsing shards whole took a large part of the
 * reduce's time (docs/performance.md, "Shards parsed in parts").
 */
export function shardText(result: DocumentResult): { text: string; terms: [number, number]; pairTerms?: [number, number] } {
  const { terms, messages, ...head } = result;
  const before = JSON.stringify(head).slice(0, -1) + TERMS_KEY;
  const termsJson = JSON.stringify(terms);
  const start = Buffer.byteLength(before);
  const text = `${before}${termsJson}${MESSAGES_KEY}${JSON.stringify(messages)}}`;
  // No string value holds an unescaped quote, so the first `"pairTerms":` is the key (the document id comes before it).
  const key = termsJson.indexOf(PAIR_TERMS_KEY);
  const pairTermsJson = JSON.stringify(terms.pairTerms);
  const at = key + PAIR_TERMS_KEY.length;
  const holds = key > 0 && termsJson.startsWith(pairTermsJson, at) && termsJson.startsWith(SURFACES_KEY, at + pairTermsJson.length);
  const pairStart = start + Buffer.byteLength(termsJson.slice(0, at));
  return {
    text,
    terms: [start, start + Buffer.byteLength(termsJson)],
    pairTerms: holds ? [pairStart, pairStart + Buffer.byteLength(pairTermsJson)] : undefined,
  };
}

/** Write a result as a shard under a state folder `dir`: the manifest entry that finds it again. */
export function storeResult(dir: string, result: DocumentResult): ManifestEntry {
  const { text, terms, pairTerms } = shardText(result);
  const entry: ManifestEntry = { id: result.id, hash: result.hash, version: result.version, shard: shardName(result.id), terms, pairTerms };
  writeFileAtomic(join(dir, entry.shard), text);
  return entry;
}

/** Stored JSON parsed; a damaged shard is named, with the way out. */
function parseStored<T>(path: string, json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch (error) {
    throw new Error(`${path}: stored result is damaged (${(error as Error).message}); run again with --force to reprocess`);
  }
}

/** A stored result, whole. */
export function readResult(path: string): DocumentResult {
  return parseStored<DocumentResult>(path, readFileSync(path, 'utf8'));
}

const bytesOf = (key: string) => Buffer.from(key);
const KEYS = {
  terms: [bytesOf(TERMS_KEY), bytesOf(MESSAGES_KEY)],
  pairTerms: [bytesOf(PAIR_TERMS_KEY), bytesOf(SURFACES_KEY)],
} as const;

/**
 * Whether `bytes` (the shard from byte `offset` on) still has a value where
 * the entry says: between the key before it and the key after. A shard is
 * named by its document id, so a later result for the same id (a run killed
 * between writing a shard and recording it, or two queue jobs of one edited
 * document) can replace the file an older entry describes.
 */
function rangeHolds(bytes: Buffer, offset: number, [start, end]: [number, number], [key, next]: readonly [Buffer, Buffer]): boolean {
  const keyAt = start - offset - key.length;
  const afterAt = end - offset;
  return (
    keyAt >= 0 &&
    afterAt + next.length <= bytes.length &&
    bytes.subarray(keyAt, keyAt + key.length).equals(key) &&
    bytes.subarray(afterAt, afterAt + next.length).equals(next)
  );
}

/** The JSON text of a byte range of a shard, read alone, or undefined when the shard no longer has it there. */
function readRange(path: string, range: [number, number], keys: readonly [Buffer, Buffer]): string | undefined {
  const [start, end] = range;
  // The range with the keys either side of it, to check it still holds.
  const from = Math.max(0, start - keys[0].length);
  const bytes = Buffer.allocUnsafe(end + keys[1].length - from);
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
  return rangeHolds(window, from, range, keys) ? window.toString('utf8', start - from, end - from) : undefined;
}

/** The terms of a stored result, read and parsed alone when the manifest knows where they lie. */
export function readTerms(path: string, entry: ManifestEntry): DocumentTerms {
  const json = entry.terms && readRange(path, entry.terms, KEYS.terms);
  return json === undefined ? readResult(path).terms : parseStored<DocumentTerms>(path, json);
}

/**
 * The terms of a stored result with only their pair terms parsed up front; the
 * rest is read on first use. The glossary's co-occurrence passes look at the
 * pair terms of every document and at the rest of some. A read-only view: its
 * other fields are getters (not assignable, and not in the stored key order,
 * so not for serialising), and they read the shard as it is when first used.
 */
export function readPairTerms(path: string, entry: ManifestEntry): DocumentTerms {
  const json = entry.pairTerms && readRange(path, entry.pairTerms, KEYS.pairTerms);
  if (json === undefined) return readTerms(path, entry);
  let whole: DocumentTerms | undefined;
  const rest = () => (whole ??= readTerms(path, entry));
  return {
    pairTerms: parseStored<DocumentTerms['pairTerms']>(path, json),
    get doc() {
      return rest().doc;
    },
    get pairs() {
      return rest().pairs;
    },
    get surfaces() {
      return rest().surfaces;
    },
    get evidence() {
      return rest().evidence;
    },
    get examples() {
      return rest().examples;
    },
  };
}

/** A stored result with its terms left unparsed (empty), for readers that never look at them. */
export function readWithoutTerms(path: string, entry: ManifestEntry): DocumentResult {
  const bytes = readFileSync(path);
  if (!entry.terms || !rangeHolds(bytes, 0, entry.terms, KEYS.terms)) return parseStored<DocumentResult>(path, bytes.toString('utf8'));
  const [start, end] = entry.terms;
  const result = parseStored<DocumentResult>(path, bytes.toString('utf8', 0, start - TERMS_KEY.length) + bytes.toString('utf8', end));
  result.terms = emptyTerms(result.id);
  return result;
}

/** A file-system-safe, collision-free shard name for a document id. */
export function shardName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `shards/${safe}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}.json`;
}

/** The results of these manifest entries (in this order) under a state folder, for the reduce. */
export function storedResults(dir: string, entries: ManifestEntry[]): StoredResults {
  // Each call of a reader is a fresh pass over the entries.
  const pass =
    <T>(read: (path: string, entry: ManifestEntry) => T) =>
    function* (): Generator<T> {
      for (const e of entries) yield read(join(dir, e.shard), e);
    };
  return { dir, entries, terms: pass(readTerms), pairTerms: pass(readPairTerms), withoutTerms: pass(readWithoutTerms) };
}
