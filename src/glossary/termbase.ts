import { loadTermbase, type TermbaseEntry } from '../lang/termbase.js';
import type { Lang } from '../types.js';
import { termKey } from './inflection.js';

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

/**
 * The Portuguese the shipped termbase writes for a pair it holds whole (its main forms' keys, not a variant's), in the
 * termbase's own dictionary form; undefined for any other pair.
 */
export function termbasePortuguese(enKey: string, ptKey: string): string | undefined {
  for (const t of shippedTermbaseIndex().byEn.get(enKey) ?? []) if (t.ptKeys[0] === ptKey) return t.entry.pt;
  return undefined;
}
