import type { AssociationLink } from './association.js';
import type { Tally } from './counting.js';

/** Weight of each kind of evidence in the noisy-or that makes the score. */
const WEIGHT = { termbase: 0.95, imported: 1, cognate: 0.85, entity: 0.8, acronym: 0.85, association: 0.5 };
/**
 * Ceiling of a pair backed by corpus association alone: co-occurrence can
 * mislead (a frequent neighbour, a collocation), so such a pair scores below
 * termbase- and cognate-backed ones unless its evidence is strong.
 */
const ASSOCIATION_ONLY = 0.85;

/**
 * Score of a pair from association alone: Dice, trusted more with each
 * further co-occurrence and each further document (one document repeating
 * a phrase is weak evidence), under the association-only ceiling.
 */
export function associationScore(link: AssociationLink, docs: number): number {
  return round(ASSOCIATION_ONLY * link.dice * (1 - 0.5 ** (link.together - 1)) * (1 - 0.5 ** docs));
}

/**
 * Noisy-or of the evidence: each kind alone can make a pair likely, and they
 * reinforce each other. Association over the corpus counts more the more
 * documents attest the pair, so a term seen in many articles scores higher.
 */
export function scoreOf(t: Tally, dice: number, together: number): number {
  const support = 1 - 0.5 ** t.docs.size;
  // One co-occurrence says nothing about association; each further one halves the doubt.
  let miss = 1 - WEIGHT.association * dice * (1 - 0.5 ** Math.max(0, together - 1));
  for (const [via, local] of Object.entries(t.best)) {
    const w = WEIGHT[via as keyof typeof WEIGHT] ?? 0;
    // Evidence from more documents is more trustworthy: 1 doc counts 0.85, many approach 1.
    miss *= 1 - w * local * (0.85 + 0.15 * support);
  }
  return round(1 - miss);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
