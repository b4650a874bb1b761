import { SaxesParser } from 'saxes';
import { InputError } from './errors.js';

/** A file's text, and whether its charset was a guess: bytes that are not UTF-8 read as Windows-1252 without the file naming that charset. */
export interface Decoded {
  text: string;
  guessed?: 'windows-1252';
}

/**
 * Turn the bytes of a text file into a string, whatever charset the author's
 * tools used: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and
 * Windows-1252/Latin-1 when the bytes are not valid UTF-8 (older SciELO
 * exports). A binary file is an input error naming the path.
 */
export function decodeBuffer(buf: Uint8Array, path: string): string {
  return decodeText(buf, path).text;
}

/** As `decodeBuffer`, saying when Windows-1252 was a guess (an XML declaration naming it or Latin-1 is no guess). */
export function decodeText(buf: Uint8Array, path: string): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  if (looksBinary(buf)) throw new InputError('binary', path);
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const text = decodeWindows1252(body);
    return SINGLE_BYTE.has(declaredEncoding(text) ?? '') ? { text } : { text, guessed: 'windows-1252' };
  }
}

/** Names of the charsets read as Windows-1252 (WHATWG's labels of it, Latin-1's among them). */
const SINGLE_BYTE = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'iso-ir-100',
  'latin1', 'l1', 'csisolatin1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'ansi_x3.4-1968',
]);

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lower-cased; read by saxes. */
function declaredEncoding(text: string): string | undefined {
  if (!text.startsWith('<?xml')) return undefined;
  const end = text.indexOf('?>');
  if (end < 0) return undefined;
  let encoding: string | undefined;
  const parser = new SaxesParser();
  parser.on('xmldecl', (decl) => (encoding = decl.encoding?.toLowerCase()));
  parser.on('error', () => undefined);
  parser.write(text.slice(0, end + 2));
  return encoding;
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
