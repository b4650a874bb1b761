import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../io/errors.js';
import { decodeBuffer } from './decode.js';
import { MAX_DOCUMENT_CHARS } from './ingest.js';

/**
 * The text of one input file, decoded whatever its charset. A missing,
 * unreadable, binary, empty or oversized file is an input error naming it.
 */
export function readTextFile(path: string): string {
  let buf: Buffer;
  try {
    // UTF-8 needs at most 4 bytes a character: a file this large cannot be one article.
    if (statSync(path).size > 4 * MAX_DOCUMENT_CHARS) throw new InputError('tooLarge', path, { limit: MAX_DOCUMENT_CHARS });
    buf = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'isDirectory' : 'unreadable', path);
  }
  const text = decodeBuffer(buf, path);
  if (text.trim() === '') throw new InputError('empty', path);
  return text;
}
