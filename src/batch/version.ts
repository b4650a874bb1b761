import { pipelineVersion } from '../io/package.js';
import { MAX_DOCUMENT_SENTENCES } from '../io/limits.js';

/**
 * Layout of a stored document result. Raise it when the shape of a shard
 * changes (2: term evidence refers to its document's example sentence pairs
 * by index), so results stored in an older layout are made again, not misread.
 */
const SHARD_LAYOUT = 2;

/** What a stored result must have been made by to be reused: this package version and shard layout. */
export function resultVersion(): string {
  return `${pipelineVersion()}+shard.${SHARD_LAYOUT}`;
}

/**
 * The sentence cap a document is processed under (`--max-document-sentences`),
 * as a suffix of what names its result and its queue job: empty for the
 * default, so what a default run names is as it was.
 */
export function capSuffix(maxSentences: number | undefined): string {
  return maxSentences === undefined || maxSentences === MAX_DOCUMENT_SENTENCES ? '' : `+sentences.${maxSentences}`;
}

/**
 * The version one document's stored result carries, and must carry to be
 * reused: the run's (package, shard layout, termbase) and the sentence cap it
 * was processed under. A result made under another cap is not what this run
 * would give: over a lower cap the document is refused. Its input (format and
 * charset guess included) is in its hash.
 */
export function documentVersion(version: string, maxSentences: number | undefined): string {
  return `${version}${capSuffix(maxSentences)}`;
}
