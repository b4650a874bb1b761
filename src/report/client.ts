import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/package.js';
import { LADDER_FUNCTIONS } from '../review/ladder.js';
import { CORE } from './client/core.js';
import { DOCUMENTS } from './client/documents.js';
import { EXPORTS } from './client/exports.js';
import { KEYS } from './client/keys.js';
import { REVIEW } from './client/review.js';
import { SUMMARY } from './client/summary.js';
import { TERMS } from './client/terms.js';

/**
 * The ladder code a rerun applies decisions with (src/review/ladder.ts), as
 * the page runs it. The built module's text is used wherever it exists, so
 * the report has the same bytes whether it is written by the built CLI or by
 * the TypeScript sources run directly; without a build, the functions' own
 * source (esbuild's `__name` helper, which tsx adds to it, is defined below).
 */
function ladderSource(): string {
  const built = join(packageRoot(), 'dist', 'review', 'ladder.js');
  if (existsSync(built)) return readFileSync(built, 'utf8').replace(/^export /gm, '').replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  return LADDER_FUNCTIONS.map((f) => f.toString()).join('\n');
}

let script: string | undefined;

/** The page script: one function scope holding the ladder code and the chunks of client/, in order. */
export function clientScript(): string {
  script ??= [
    '(function () {',
    "'use strict';",
    'function __name(f) { return f; }',
    ladderSource(),
    CORE,
    REVIEW,
    DOCUMENTS,
    TERMS,
    KEYS,
    EXPORTS,
    SUMMARY,
    '  applyLocale();',
    '})();',
  ].join('\n');
  return script;
}
