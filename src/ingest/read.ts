import { readFileSync } from 'node:fs';
import type { DocumentInput } from '../types.js';
import { decodeBuffer } from './decode.js';

/** One article file (PDF-extracted text holding both languages), decoded whatever its charset. */
export function readDocumentFile(path: string): DocumentInput {
  return { kind: 'text', text: decodeBuffer(readFileSync(path), path) };
}

/** A parallel pair: `NAME.en.txt` and `NAME.pt.txt`. */
export function readPairFiles(enPath: string, ptPath: string): DocumentInput {
  return { kind: 'pair', en: decodeBuffer(readFileSync(enPath), enPath), pt: decodeBuffer(readFileSync(ptPath), ptPath) };
}
