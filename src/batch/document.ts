import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { writeFileAtomic } from '../io/atomic.js';
import { fatalInputError, processDocument } from '../processor.js';
import type { DocumentResult } from '../types.js';
import type { ManifestEntry } from './manifest.js';
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
  const entry = { id: doc.id, hash: doc.hash, version, shard: shardName(doc.id) };
  writeFileAtomic(join(dir, entry.shard), JSON.stringify(result));
  return entry;
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
    terms: d.terms ?? { doc: doc.id, pairs: 0, pairTerms: [], surfaces: { en: {}, pt: {} }, evidence: [], examples: [] },
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
