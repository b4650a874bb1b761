import type { VFile } from 'vfile';
import { InputError } from '../io/errors.js';
import { emptyTerms } from '../glossary/evidence.js';
import { fatalInputError, processDocument } from '../processor.js';
import type { DocumentResult } from '../types.js';
import type { ManifestEntry } from './manifest.js';
import type { SourceDocument } from './sources.js';
import { storeResult } from './shards.js';
import { documentVersion } from './version.js';

/** Turn one source document into its stored result (the map step). */
export async function runDocument(doc: SourceDocument, version: string, termbase?: string): Promise<DocumentResult> {
  const file = await processDocument(doc.id, doc.input, doc.path, { termbase, maxSentences: doc.maxSentences });
  // A document ingest could not read is a failure to report, not an empty result.
  const fatal = fatalInputError(file);
  // A JSONL record's fault is named by the record's line: one over a cap has no place of its own, and the
  // line and column of a text the record holds (a JATS article's XML) are no place in the file.
  if (fatal) throw doc.line !== undefined ? new InputError(fatal.key, fatal.file, fatal.params, doc.line) : fatal;
  return toResult(file, doc, documentVersion(version, doc.maxSentences));
}

/**
 * The map step through to disk: process one document and write its result
 * as a shard under `dir` (the output folder's `.medbitext`). It runs where
 * the document was processed, so a worker thread hands back only the small
 * manifest entry, never the result itself.
 */
export async function storeDocument(doc: SourceDocument, version: string, dir: string, termbase?: string): Promise<ManifestEntry> {
  return storeResult(dir, await runDocument(doc, version, termbase));
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
