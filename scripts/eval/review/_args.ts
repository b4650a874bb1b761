/**
 * The command lines of the review scripts: their options as node's parseArgs
 * reads them (an unknown flag, or a flag without its value, stops the script
 * with exit code 2), and the sample folder `scripts/eval/review/NAME/` that
 * `--name`, or the first argument, names.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { REVIEW_DIR } from './_sample-file.js';

/** Stop with exit code 2, saying why on stderr. */
export function usageError(script: string, reason: string): never {
  console.error(`${script}: ${reason}`);
  process.exit(2);
}

/** The options of `script`'s command line, and its arguments that are no option. */
export function reviewArgs<O extends NonNullable<ParseArgsConfig['options']>>(script: string, options: O) {
  try {
    return parseArgs({ options, allowPositionals: true });
  } catch (e) {
    return usageError(script, (e as Error).message);
  }
}

/**
 * The folder under scripts/eval/review/ that `name` names, which the script
 * requires. With `fresh`, a folder that already holds a sample (its
 * `meta.json`) is refused, as drawing again would lose its judgements, unless
 * `force` (a script with a --force flag passes its value).
 */
export function sampleDir(script: string, name: string | undefined, how: { fresh?: boolean; force?: boolean } = {}): { name: string; dir: string } {
  if (!name) usageError(script, 'name the sample folder, scripts/eval/review/NAME/ (see the usage atop the script)');
  const dir = join(REVIEW_DIR, name);
  if (how.fresh && !how.force && existsSync(join(dir, 'meta.json'))) {
    usageError(script, `${dir} exists (its judgements would be lost); pick another --name${how.force === undefined ? '' : ' or pass --force'}`);
  }
  return { name, dir };
}
