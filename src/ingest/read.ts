import { InputError } from '../io/errors.js';
import { readRegularFile } from '../io/input.js';
import { DEFAULT_LIMITS } from '../io/limits.js';
import { decodeText, type Decoded } from '../io/decode.js';

/**
 * The text of one input file, decoded whatever its charset. A missing,
 * unreadable, non-regular, binary, empty or oversized file (over `maxBytes`,
 * decided from its size before reading) is an input error naming it.
 */
export function readTextFile(path: string, maxBytes = DEFAULT_LIMITS.documentBytes): string {
  return readDecoded(path, maxBytes).text;
}

/** As `readTextFile`, saying whether its charset was a guess (docs/faults.md, F48). */
export function readDecoded(path: string, maxBytes = DEFAULT_LIMITS.documentBytes): Decoded {
  const decoded = decodeText(readRegularFile(path, maxBytes), path);
  if (decoded.text.trim() === '') throw new InputError('empty', path);
  return decoded;
}
