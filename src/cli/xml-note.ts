import { findForbiddenXmlChars } from '../io/xml.js';
import { place, type Context } from './context.js';

/**
 * One stderr line for an input record whose text holds characters XML 1.0
 * forbids, when a command writes it into TMX or TBX (where they are dropped
 * or replaced by U+FFFD, see io/xml.ts): what `run` writes to
 * diagnostics.jsonl, for the commands that have no such file. `line` is the
 * record's line in a JSONL file; for a whole text file, the line of the first.
 */
export function noteXmlChars(ctx: Context, file: string, line: number | undefined, texts: readonly string[], format: 'TMX' | 'TBX'): void {
  let count = 0;
  let first: string | undefined;
  let at = line;
  for (const text of texts) {
    const found = findForbiddenXmlChars(text);
    if (!found) continue;
    count += found.count;
    if (first === undefined) {
      first = found.first;
      at ??= text.slice(0, found.index).split('\n').length;
    }
  }
  if (count > 0) process.stderr.write(`medbitext: ${place(file, at)}  ${ctx.t('warnings.xmlChars', { count, first, format })}\n`);
}
