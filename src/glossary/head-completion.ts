import type { HoldReason, Lang } from '../types.js';
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

/** Whether a pair under the bar is a phrase whose head completes a confident pair (`confident`: keys of pairs over the bar). */
export function completesHead(t: Tally, confident: Set<string>): boolean {
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
  return confident.has(pairKey(en.slice(0, -1), pt.slice(rest)));
}

/** The grouping keys of a pair of word lists, as the tallies are keyed. */
function pairKey(en: string[], pt: string[]): string {
  return `${keyOf(en, 'en')}\u0000${keyOf(pt, 'pt')}`;
}

function keyOf(words: string[], lang: Lang): string {
  return termKey(words, lang);
}

/** The keys of every pair over the bar that can vouch for a longer phrase. */
export function confidentPairs(entries: Keyed[], threshold: number): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    if (e.confidence !== undefined && e.confidence >= threshold && VOUCHING.has(e.reason)) out.add(`${e.enKey}\u0000${e.ptKey}`);
  }
  return out;
}
