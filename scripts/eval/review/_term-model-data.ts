/**
 * The judged pairs the term model is fitted and validated on (fit-term-model.ts):
 * every pair judged so far (_replay.ts) looked up in the glossary last built by
 * `npm run eval -- glossary`, kept where the model would decide on it (a
 * corpus-mined pair weighed for termhood, kept or held back only for its
 * termhood), with its feature vector (src/glossary/term-features.ts) and its
 * label: useful (translation correct or variant, termhood term).
 */
import { FEATURES, nestedCounts, termFeatures } from './_term-features.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { judgedPairs, replay } from './_replay.js';

/**
 * Pairs a model would decide on: mined from the corpus, weighed for termhood,
 * and not held back for a reason of form (residue, mismatch, fragment, low
 * confidence, another entry's term); the termbase's, the keywords' and
 * imported pairs are curated.
 */
export function inModelScope(e: Pick<GlossaryEntry, 'origin' | 'termhood' | 'reason'>): boolean {
  return e.origin === 'corpus' && e.termhood !== undefined && (e.reason === undefined || e.reason === 'general vocabulary' || e.reason === 'free combination');
}

export interface Row {
  corpus: string;
  /** The sample folder of the judgement. */
  from: string;
  en: string;
  pt: string;
  useful: boolean;
  x: number[];
  /** The pair's fate in the glossary as built: an entry (kept) or a candidate. */
  kept: boolean;
  entry: GlossaryEntry;
}

export interface Built {
  entries: GlossaryEntry[];
  candidates: GlossaryEntry[];
}

/** The feature vector of every entry and candidate in the model's scope, by object. */
export function vectors(glossary: Built): Map<GlossaryEntry, number[]> {
  const all = [...glossary.entries, ...glossary.candidates];
  const nested = nestedCounts(all.map((e) => e.en));
  const out = new Map<GlossaryEntry, number[]>();
  for (const e of all) {
    if (!inModelScope(e)) continue;
    const f = termFeatures(e, nested.get(e.en.toLowerCase()) ?? 0);
    out.set(e, FEATURES.map((k) => f[k]));
  }
  return out;
}

export function judgedRows(corpus: string, glossary: Built, vec: Map<GlossaryEntry, number[]>): Row[] {
  const rows: Row[] = [];
  for (const r of replay(judgedPairs(corpus), glossary)) {
    if (r.fate.kind === 'absent') continue;
    const x = vec.get(r.fate.entry);
    if (!x) continue;
    rows.push({ corpus, from: r.judged.from.split('/')[0]!, en: r.judged.en, pt: r.judged.pt, useful: r.judged.useful, x, kept: r.fate.kind === 'kept', entry: r.fate.entry });
  }
  // One judged row per glossary pair: two judged spellings of one pair count once (the first judgement).
  const seen = new Set<GlossaryEntry>();
  return rows.filter((r) => !seen.has(r.entry) && (seen.add(r.entry), true));
}
