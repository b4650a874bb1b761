import { pipelineVersion } from '../io/package.js';

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
