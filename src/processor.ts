import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import type { DocumentInput } from './types.js';
import { InputError } from './io/errors.js';
import ingest from './ingest/plugin.js';
import clean from './clean/plugin.js';
import segment from './segment/plugin.js';
import align from './align/plugin.js';
import entities from './entities/plugin.js';
import glossaryTerms from './glossary/plugin.js';

/**
 * The medbitext pipeline, one document at a time. Every stage is a unified
 * plugin that reads and adds typed `file.data` (see `types.ts`):
 *
 *   ingest   input          → source, blocks      (languages, parts, sections)
 *   clean    blocks         → text, paragraphs, captions, offsets
 *   segment  paragraphs     → sentences
 *   align    sentences      → alignment           (EN↔PT ladder per part)
 *   entities sentences      → entities, entityLinks
 *   glossary alignment, …   → terms               (map step; the corpus glossary is the reduce)
 */
export function createProcessor() {
  return unified().use(ingest).use(clean).use(segment).use(align).use(entities).use(glossaryTerms).freeze();
}

/** The processor has no syntax tree: stages work on `file.data`. */
const root: Node = { type: 'root' };

let processor: ReturnType<typeof createProcessor> | undefined;

/** Run the whole per-document pipeline on one input. */
export async function processDocument(id: string, input: DocumentInput, path?: string): Promise<VFile> {
  const file = new VFile({ path, value: input.kind === 'text' ? input.text : '' });
  file.data.id = id;
  file.data.input = input;
  processor ??= createProcessor();
  await processor.run(root, file);
  return file;
}

/** The input error that stopped a document in ingest (a fatal message), if any. */
export function fatalInputError(file: VFile): InputError | undefined {
  for (const m of file.messages) if (m.fatal && m.cause instanceof InputError) return m.cause;
  return undefined;
}
