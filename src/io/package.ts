import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * medbitext's own files (language data, locales, the bundled corpus, built
 * data under `dist/`) are found from the package root, so the same path works
 * from `src/` (tests) and `dist/` (the built CLI).
 */

let root: string | undefined;

/** The folder holding medbitext's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"medbitext"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('medbitext: cannot find the package root (package.json)');
    dir = up;
  }
}

let version: string | undefined;

/** The package version; stored results are reused only by the same version. */
export function pipelineVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
