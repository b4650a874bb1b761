import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lang/data.js';

let cached: string | undefined;

/** The package version; stored results are reused only by the same version. */
export function pipelineVersion(): string {
  cached ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
