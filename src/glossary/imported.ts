import type { GlossaryEntry } from '../types.js';
import { cmp } from './compare.js';
import { MAX_EXAMPLES, MAX_SOURCES, type Keys } from './counting.js';
import type { Keyed } from './linking.js';
import type { TermbaseEntry } from '../lang/termbase.js';
import { indexTermbase } from './termbase.js';

/** Imported pairs replace whatever the corpus paired their terms with. */
export function applyImports(entries: GlossaryEntry[], imported: TermbaseEntry[], enKeys: Keys, ptKeys: Keys): GlossaryEntry[] {
  if (imported.length === 0) return entries;
  const index = indexTermbase(imported);
  const out: GlossaryEntry[] = [];
  const taken = new Map<string, Keyed>();
  for (const entry of entries as Keyed[]) {
    const hit = index.byEn.get(entry.enKey)?.[0] ?? index.byPt.get(entry.ptKey)?.[0];
    if (!hit) {
      out.push(entry);
      continue;
    }
    const key = `${hit.enKeys[0]}\u0000${hit.ptKeys[0]}`;
    const merged = taken.get(key);
    if (merged) {
      mergeInto(merged, entry);
      continue;
    }
    const replaced: Keyed = {
      ...entry,
      en: hit.entry.en,
      pt: hit.entry.pt,
      type: hit.entry.type,
      score: 1,
      termhood: 1,
      confidence: 1,
      reason: undefined,
      origin: 'imported',
      enKey: hit.enKeys[0]!,
      ptKey: hit.ptKeys[0]!,
    };
    taken.set(key, replaced);
    out.push(replaced);
  }
  // Imported terms the corpus mentions but never paired still belong in the glossary.
  for (const t of index.byEn.values()) {
    for (const hit of t) {
      const key = `${hit.enKeys[0]}\u0000${hit.ptKeys[0]}`;
      if (taken.has(key)) continue;
      if (!hit.enKeys.some((k) => enKeys.get(k) !== undefined) && !hit.ptKeys.some((k) => ptKeys.get(k) !== undefined)) continue;
      const e: Keyed = {
        id: '',
        en: hit.entry.en,
        pt: hit.entry.pt,
        type: hit.entry.type,
        score: 1,
        termhood: 1,
        confidence: 1,
        count: 0,
        sources: [],
        examples: [],
        origin: 'imported',
        enKey: hit.enKeys[0]!,
        ptKey: hit.ptKeys[0]!,
      };
      taken.set(key, e);
      out.push(e);
    }
  }
  return out;
}

/** A second corpus entry under one imported pair: its counts, documents and examples join the first's. */
function mergeInto(merged: Keyed, entry: GlossaryEntry): void {
  merged.count += entry.count;
  const sources = [...new Set([...merged.sources, ...entry.sources])].sort(cmp);
  const count = (e: GlossaryEntry) => e.documents ?? e.sources.length;
  const cut = count(merged) > merged.sources.length || count(entry) > entry.sources.length;
  // Where a list was cut, the two may share unlisted documents: the larger count is a lower bound that never counts one twice.
  merged.documents = cut ? Math.max(count(merged), count(entry), sources.length) : sources.length;
  merged.sources = sources.slice(0, MAX_SOURCES);
  if (merged.examples.length < MAX_EXAMPLES) merged.examples.push(...entry.examples.slice(0, MAX_EXAMPLES - merged.examples.length));
}
