/**
 * medbitext's public API. The pipeline is `processor.ts`; each stage's plain
 * functions are exported here for use without it.
 */
export * from './types.js';
export { createProcessor, processDocument } from './processor.js';

export { ingestDocument } from './ingest/ingest.js';
export { decodeBuffer } from './io/decode.js';
export { readPdfFile } from './ingest/pdf.js';
export { jatsToBlocks } from './ingest/jats.js';
export { cleanDocument } from './clean/clean.js';
export { splitSentences } from './segment/split.js';
export { alignSentences, alignWithEvidence, type AlignOptions, type AlignedLink } from './align/align.js';
export { ladder } from './align/ladder.js';
export { toTmx, toMoses, renderSideBySide, withTexts, type TextLink } from './align/output.js';
export { extractEntities, linkEntities, toBrat, toPubTator } from './entities/index.js';
export { buildGlossary } from './glossary/build.js';
export { toJson, toCsv, toTbx, toI18next } from './glossary/export.js';
export { importTermbase } from './glossary/import.js';
export { loadTermbase, type TermbaseEntry } from './lang/termbase.js';
export { SearchIndex, type SearchHit } from './search/embedded.js';
export { buildIndex } from './search/build.js';
export { runCorpus, type RunOptions, type RunSummary } from './batch/run.js';
export { enqueue, startWorker, status as queueStatus } from './batch/queue/index.js';
export { renderReport } from './report/html.js';
export { InputError } from './io/errors.js';
