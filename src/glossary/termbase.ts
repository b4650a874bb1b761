import { loadYamlList } from '../lang/data.js';
import type { Lang, TermType } from '../types.js';
import { termKey } from './morphology.js';

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

/** A termbase entry with the grouping keys of its forms, ready for lookup. */
export interface IndexedTerm {
  entry: TermbaseEntry;
  enKeys: string[];
  ptKeys: string[];
}

/** Termbase lookup by grouping key, and its one-word pairs as a word dictionary. */
export interface TermbaseIndex {
  byEn: Map<string, IndexedTerm[]>;
  byPt: Map<string, IndexedTerm[]>;
  /** One-word EN key → one-word PT keys (`tissue` → `tecido`), for composing longer terms. */
  words: Map<string, Set<string>>;
}

function keyOf(form: string, lang: Lang): string {
  return termKey(form.trim().split(/\s+/), lang);
}

/** Index termbase entries (the shipped one, imported ones, or both) by their keys. */
export function indexTermbase(entries: TermbaseEntry[]): TermbaseIndex {
  const index: TermbaseIndex = { byEn: new Map(), byPt: new Map(), words: new Map() };
  const push = (map: Map<string, IndexedTerm[]>, key: string, t: IndexedTerm) => {
    const list = map.get(key) ?? [];
    if (!list.includes(t)) list.push(t);
    map.set(key, list);
  };
  for (const entry of entries) {
    const t: IndexedTerm = {
      entry,
      enKeys: [entry.en, ...(entry.en_variants ?? [])].map((f) => keyOf(String(f), 'en')),
      ptKeys: [entry.pt, ...(entry.pt_variants ?? [])].map((f) => keyOf(String(f), 'pt')),
    };
    for (const k of t.enKeys) push(index.byEn, k, t);
    for (const k of t.ptKeys) push(index.byPt, k, t);
    for (const e of t.enKeys) {
      if (e.includes(' ')) continue;
      for (const p of t.ptKeys) {
        if (p.includes(' ')) continue;
        const set = index.words.get(e) ?? new Set<string>();
        set.add(p);
        index.words.set(e, set);
      }
    }
  }
  return index;
}

let shipped: TermbaseIndex | undefined;

/** The index of the shipped termbase, built once. */
export function shippedTermbaseIndex(): TermbaseIndex {
  return (shipped ??= indexTermbase(loadTermbase()));
}
