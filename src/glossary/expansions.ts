import type { HoldReason } from '../types.js';
import { combinedScore } from './ranking.js';
import type { Keyed } from './linking.js';

/** Reasons a long form can be held back for that make its acronym no term either. */
const NO_TERM = new Set<HoldReason>(['general vocabulary', 'free combination', 'fragment', 'name']);

/**
 * An acronym is a term when it stands for one: its termhood is its long
 * form's (`CKD` is as much a term as `chronic kidney disease`), and an
 * acronym whose every long form is held back as no term is held back for the
 * same reason (`FF` for an article's `family functionality`). `acronyms`
 * pairs each acronym entry with the keys (`enKey\u0000ptKey`) of the long
 * forms it was read from; long forms the corpus did not make entries of, or
 * left under the confidence bar, say nothing. Entries vouched for by a
 * vocabulary (`known`) keep their own termhood.
 */
export function weighExpansions(entries: Keyed[], acronyms: Array<{ entry: Keyed; expands: Set<string>; known: boolean }>): void {
  if (acronyms.length === 0) return;
  const byKey = new Map(entries.map((e) => [`${e.enKey}\u0000${e.ptKey}`, e]));
  for (const { entry, expands, known } of acronyms) {
    if (known || entry.termhood === undefined || entry.confidence === undefined) continue;
    const longs = [...expands].map((k) => byKey.get(k)).filter((e): e is Keyed => e?.termhood !== undefined);
    if (longs.length === 0) continue;
    const best = longs.reduce((a, b) => (b.termhood! > a.termhood! ? b : a));
    entry.termhood = best.termhood;
    entry.score = combinedScore(best.termhood!, entry.confidence);
    if (entry.reason === undefined && longs.every((l) => l.reason !== undefined && NO_TERM.has(l.reason))) entry.reason = best.reason;
  }
}
