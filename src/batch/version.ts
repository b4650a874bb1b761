import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lang/data.js';

let cached: string | undefined;

/** The package version; stored results are reused only by the same version. */
export function pipelineVersion(): string {
  cached ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return cached;
}

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
