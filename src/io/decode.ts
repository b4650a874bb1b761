import { InputError } from './errors.js';

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
    return decodeWindows1252(body);
  }
}

/** Characters of Windows-1252 at bytes 0x80–0x9F (Latin-1 has control codes there). The rest is Latin-1. */
export const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Decoded by hand: Node builds without full ICU read `windows-1252` as plain Latin-1. */
function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    out += String.fromCharCode(...buf.subarray(i, i + 8192)).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0)] ?? c);
  }
  return out;
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
