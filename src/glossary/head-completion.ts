import type { HoldReason } from '../types.js';
import type { Tally } from './counting.js';
import { top } from './forms.js';
import { CONNECTORS, englishWordClass, fold, termKey } from './inflection.js';
import type { Keyed } from './linking.js';

/**
 * A noun phrase whose modifiers were proposed as a confident pair but whose
 * head has no cognate or dictionary match (`basic vaccination schedule ↔
 * esquema básico de vacinação`: `schedule ↔ esquema`) composes under the
 * confidence bar, while the cut-off modifiers (`basic vaccination ↔ básico de
 * vacinação`) pass it and are then held back as a fragment. The head has a
 * fixed place on each side, last in English, first in Portuguese before its
 * complements, so when the rest of the pair is a confident pair of its own,
 * the one word left on each side is the head's translation, on the word of
 * one sentence pair: the phrase is put at the confidence bar, so that a pair
 * the corpus evidences keeps its terms when linking (`chronic renal
 * insufficiency ↔ insuficiência renal crônica` over `chronic renal disease`).
 */

/** Reasons a fragment can be held back for and still vouch for its translation; residue (names, codes, English left) cannot. */
const VOUCHING = new Set<HoldReason | undefined>([undefined, 'fragment', 'general vocabulary', 'free combination']);

/** The pairs over the bar that can vouch for a longer phrase, by keys, and the single words' translations among them. */
export interface ConfidentPairs {
  pairs: Set<string>;
  /** One-word English key → the one-word Portuguese keys it is confidently paired with. */
  words: Map<string, Set<string>>;
}

/**
 * Whether a pair under the bar is a phrase whose head completes a confident
 * pair. A head the corpus confidently translates by another word as a word
 * of its own (`cohort ↔ coorte`) is not translated by the sentence pair's
 * word in that place (`observational cohort ↔ estudo observacional`).
 */
export function completesHead(t: Tally, confident: ConfidentPairs): boolean {
  const en = top(t.enForms).split(/\s+/);
  const pt = top(t.ptForms).split(/\s+/);
  if (en.length < 2 || pt.length < 2) return false;
  // An English phrase with a connector has its head before it (`treatment of pain`), not last.
  if (en.some((w) => CONNECTORS.has(fold(w)))) return false;
  const head = en[en.length - 1]!;
  if (!/^\p{L}[\p{L}-]*$/u.test(head) || englishWordClass(head.toLowerCase()) === 'adjective') return false;
  if (CONNECTORS.has(fold(pt[0]!))) return false;
  // The Portuguese head's complements may open on `de` (esquema básico de vacinação, nível de habilidade manual).
  let rest = 1;
  while (rest < pt.length - 1 && CONNECTORS.has(fold(pt[rest]!))) rest++;
  if (!confident.pairs.has(`${termKey(en.slice(0, -1), 'en')}\u0000${termKey(pt.slice(rest), 'pt')}`)) return false;
  const known = confident.words.get(termKey([head], 'en'));
  return known === undefined || known.has(termKey([pt[0]!], 'pt'));
}

/** The pairs over the bar that can vouch for a longer phrase, held back for no residue reason. */
export function confidentPairs(entries: Keyed[], threshold: number): ConfidentPairs {
  const out: ConfidentPairs = { pairs: new Set(), words: new Map() };
  for (const e of entries) {
    if (e.confidence === undefined || e.confidence < threshold || !VOUCHING.has(e.reason)) continue;
    out.pairs.add(`${e.enKey}\u0000${e.ptKey}`);
    if (e.enKey.includes(' ') || e.ptKey.includes(' ')) continue;
    let words = out.words.get(e.enKey);
    if (!words) out.words.set(e.enKey, (words = new Set()));
    words.add(e.ptKey);
  }
  return out;
}
