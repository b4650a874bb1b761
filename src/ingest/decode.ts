import { InputError } from '../io/errors.js';

/**
 * Turn the bytes of a text file into a string, whatever charset the author's
 * tools used: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and
 * Windows-1252/Latin-1 when the bytes are not valid UTF-8 (older SciELO
 * exports). A binary file is an input error naming the path.
 */
export function decodeBuffer(buf: Uint8Array, path: string): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (looksBinary(buf)) throw new InputError('binary', path);
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // windows-1252 is what WHATWG calls latin1: it also maps 0x80–0x9F to “ ” – € …
    return new TextDecoder('windows-1252').decode(body);
  }
}

/**
 * NUL bytes, or many control characters other than tab/line ends/form feed,
 * in the first 64 KiB: no text file has them.
 */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.01;
}
