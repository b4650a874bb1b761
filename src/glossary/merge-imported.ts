import { extractEntities } from '../entities/extract.js';
import type { TermType } from '../types.js';
import type { ImportedEntry } from './import.js';
import { termKey } from './inflection.js';
import type { TermbaseEntry } from '../lang/termbase.js';
import { shippedTermbaseIndex } from './termbase.js';

/** An entry whose type an import changed: said to the user, never done silently. */
export interface Retyped {
  en: string;
  from: TermType;
  to: TermType;
  line: number;
}

export interface MergedTermbase {
  entries: TermbaseEntry[];
  /** Entries whose Portuguese term the import replaced. */
  replaced: number;
  retyped: Retyped[];
}

/**
 * Merge newly imported entries into a project termbase: one entry per English
 * term, the new one winning. An entry whose file gives no type keeps the type
 * already known for its English term (the project's earlier import, else the
 * shipped termbase, else the entities stage's, else `term`); one whose file
 * gives another type is changed and listed in `retyped`.
 */
export function mergeImported(kept: TermbaseEntry[], incoming: ImportedEntry[], source: string): MergedTermbase {
  const merged = new Map<string, TermbaseEntry>();
  for (const e of kept) merged.set(e.en.toLowerCase(), e);
  let replaced = 0;
  const retyped: Retyped[] = [];
  for (const { line, type, ...e } of incoming) {
    const before = merged.get(e.en.toLowerCase());
    if (before && before.pt.toLowerCase() !== e.pt.toLowerCase()) replaced++;
    const known = before?.type ?? knownType(e.en);
    if (type && known && type !== known) retyped.push({ en: e.en, from: known, to: type, line });
    const entry: TermbaseEntry = { ...e, type: type ?? known ?? 'term' };
    merged.set(e.en.toLowerCase(), entry.source || entry.note ? entry : { ...entry, source });
  }
  return { entries: [...merged.values()], replaced, retyped };
}

/** The type medbitext already gives an English term: the shipped termbase's, or an entity mention's spanning the whole term (`INR`: lab). */
function knownType(en: string): TermType | undefined {
  const shipped = shippedTermbaseIndex().byEn.get(termKey(en.trim().split(/\s+/), 'en'))?.[0]?.entry.type;
  if (shipped) return shipped;
  const term = en.trim();
  return extractEntities(term, 'en').find((m) => m.start === 0 && m.end === term.length)?.type;
}

/** Remove the entries whose English or Portuguese term is `term` (any case); the removed ones are returned. */
export function removeTerms(entries: TermbaseEntry[], term: string): { kept: TermbaseEntry[]; removed: TermbaseEntry[] } {
  const t = term.trim().toLowerCase();
  const hit = (e: TermbaseEntry) => e.en.toLowerCase() === t || e.pt.toLowerCase() === t;
  return { kept: entries.filter((e) => !hit(e)), removed: entries.filter(hit) };
}
