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
import { cachedProjectTermbase } from './glossary/project-termbase.js';
import type { TermbaseEntry } from './lang/termbase.js';

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
export function createProcessor(termbase: TermbaseEntry[] = [], maxSentences?: number) {
  return unified().use(ingest).use(clean).use(segment, { maxSentences }).use(align).use(entities).use(glossaryTerms, { termbase }).freeze();
}

export interface PipelineOptions {
  /** A project termbase (`termbase.yaml`) whose entries anchor the glossary's map step beside the shipped termbase. */
  termbase?: string;
  /** Sentences one document may have (`--max-document-sentences`); `MAX_DOCUMENT_SENTENCES` by default. */
  maxSentences?: number;
}

/** The processor has no syntax tree: stages work on `file.data`. */
const root: Node = { type: 'root' };

const NO_TERMBASE: TermbaseEntry[] = [];

/** A processor per project termbase path ('' for none) and sentence cap, with the entries it was built with. */
const processors = new Map<string, { termbase: TermbaseEntry[]; processor: ReturnType<typeof createProcessor> }>();

/** Run the whole per-document pipeline on one input. */
export async function processDocument(id: string, input: DocumentInput, path?: string, options: PipelineOptions = {}): Promise<VFile> {
  const file = new VFile({ path, value: input.kind === 'text' ? input.text : '' });
  file.data.id = id;
  file.data.input = input;
  const termbase = options.termbase ? cachedProjectTermbase(options.termbase) : NO_TERMBASE;
  const key = `${options.termbase ?? ''}\u0000${options.maxSentences ?? ''}`;
  let built = processors.get(key);
  if (built?.termbase !== termbase) processors.set(key, (built = { termbase, processor: createProcessor(termbase, options.maxSentences) }));
  await built.processor.run(root, file);
  return file;
}

/** The input error that stopped a document in ingest (a fatal message), if any. */
export function fatalInputError(file: VFile): InputError | undefined {
  for (const m of file.messages) if (m.fatal && m.cause instanceof InputError) return m.cause;
  return undefined;
}
