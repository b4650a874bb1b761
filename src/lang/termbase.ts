import type { TermType } from '../types.js';
import { loadYamlList } from './data.js';

/**
 * The curated bilingual termbase the project ships (`glossary/termbase.yaml`).
 * It seeds the glossary, anchors the aligner and names entities; every entry
 * carries a `source` or `note`.
 */
export interface TermbaseEntry {
  en: string;
  pt: string;
  type: TermType;
  /** Other accepted forms (abbreviations, spelling variants). */
  en_variants?: string[];
  pt_variants?: string[];
  source?: string;
  note?: string;
}

/** The types a termbase entry may have. */
export const TERM_TYPES: ReadonlySet<TermType> = new Set<TermType>(['drug', 'lab', 'diagnosis', 'term']);

export function loadTermbase(): TermbaseEntry[] {
  const entries = loadYamlList<TermbaseEntry & Record<string, unknown>>('glossary/termbase.yaml', ['en', 'pt', 'type']);
  for (const e of entries) {
    if (!TERM_TYPES.has(e.type)) throw new Error(`glossary/termbase.yaml: "${e.en}" has unknown type "${e.type}"`);
  }
  return entries;
}
