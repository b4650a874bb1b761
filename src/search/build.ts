import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InputError } from '../io/errors.js';
import type { ReadLimits } from '../io/limits.js';
import type { DocumentEvent } from '../batch/run.js';
import type { GlossaryEntry } from '../types.js';
import { ConceptDictionary, glossaryConcepts, shippedConcepts } from './concepts.js';
import { runFolderDocuments } from '../batch/run-folder.js';
import { processInputs, readGlossary, readResult, resultKey } from './corpus.js';
import { INDEX_FILE, SearchIndex } from './embedded.js';
import { writeFeed, type FeedDocument } from './elasticsearch.js';
import { documentRecords, indexFields } from './records.js';

export type IndexFormat = 'embedded' | 'elasticsearch';

export interface IndexOptions {
  inputs: string[];
  out: string;
  format?: IndexFormat;
  jobs?: number;
  /** Byte caps on what is read (run's `--max-document-bytes`). */
  limits?: ReadLimits;
  onDocument?: (e: DocumentEvent) => void;
  onStart?: (documents: number) => void;
}

export interface IndexSummary {
  added: number;
  replaced: number;
  unchanged: number;
  /** Documents in the index (embedded) or fed (elasticsearch) after this run. */
  documents: number;
  /** Sentence-pair records indexed (embedded: in the index; elasticsearch: in this feed). */
  records: number;
  failed: InputError[];
  /** Bulk files written (elasticsearch). */
  files: string[];
  ms: number;
}

/**
 * `medbitext index`: bring the index in `out` up to date with the inputs.
 * Inputs are run through the pipeline (or read from run output folders);
 * documents whose content and pipeline version are unchanged are left as
 * they are, new ones are added and changed ones replaced.
 */
export async function buildIndex(options: IndexOptions): Promise<IndexSummary> {
  const started = Date.now();
  const { folders, failed } = await processInputs(options.inputs, options.out, options);
  const glossary: GlossaryEntry[] = folders.flatMap(readGlossary);
  const summary: IndexSummary = { added: 0, replaced: 0, unchanged: 0, documents: 0, records: 0, failed, files: [], ms: 0 };

  if ((options.format ?? 'embedded') === 'embedded') {
    const index = existsSync(join(options.out, INDEX_FILE)) ? SearchIndex.open(options.out) : new SearchIndex();
    index.setGlossary(glossary);
    for (const folder of folders) {
      for (const entry of runFolderDocuments(folder)) {
        const key = resultKey(entry);
        if (index.has(entry.id, key)) {
          summary.unchanged++;
          continue;
        }
        summary[index.put(readResult(folder, entry), key) === 'added' ? 'added' : 'replaced']++;
      }
    }
    index.save(options.out);
    summary.documents = index.size;
    summary.records = index.recordCount;
  } else {
    const dictionary = new ConceptDictionary([...shippedConcepts(), ...glossaryConcepts(glossary)]);
    const feed = function* (): Generator<FeedDocument> {
      for (const folder of folders) {
        for (const entry of runFolderDocuments(folder)) {
          const records = documentRecords(readResult(folder, entry));
          for (const r of records) indexFields(r, dictionary);
          yield { id: entry.id, key: resultKey(entry), records };
        }
      }
    };
    const fed = writeFeed(options.out, feed(), [...shippedConcepts(), ...glossaryConcepts(glossary)]);
    summary.files = fed.files;
    summary.unchanged = fed.unchanged;
    summary.added = fed.added;
    summary.replaced = fed.replaced;
    summary.records = fed.indexed;
    summary.documents = fed.added + fed.replaced + fed.unchanged;
  }
  summary.ms = Date.now() - started;
  return summary;
}
