import { InputError } from './errors.js';

/** Strict UTF-8 decoding; non-text is an input error naming the file. (Replaced by ingest's decoder.) */
export function decodeBuffer(buf: Uint8Array, path: string): string {
  if (buf.includes(0)) throw new InputError('binary', path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('notUtf8', path);
  }
}
