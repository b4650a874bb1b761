/**
 * How an entry's two measures order the glossary: the score it is ranked by,
 * and the order competitive linking takes pairs in.
 */

/**
 * How termhood and confidence make the score that ranks the glossary: a
 * weighted geometric mean, termhood first (TERMHOOD_WEIGHT). Translations are
 * right nearly always once over the confidence bar, so what tells a sure
 * entry from a doubtful one is whether it is a term; confidence orders
 * entries of like termhood.
 */
export function combinedScore(termhoodValue: number, confidence: number): number {
  return Math.round(termhoodValue ** TERMHOOD_WEIGHT * confidence ** (1 - TERMHOOD_WEIGHT) * 1000) / 1000;
}

/** Termhood's weight in the score's geometric mean. */
export const TERMHOOD_WEIGHT = 0.9;

/**
 * The order competitive linking takes pairs in: both measures alike (their
 * geometric mean), so a sure translation wins its terms; an article's
 * keyword pair counts as a term there, the authors having paired it.
 */
export function linkOrder(e: { score: number; termhood?: number; confidence?: number; origin?: string }): number {
  if (e.termhood === undefined || e.confidence === undefined) return e.score;
  return Math.sqrt((e.origin === 'keywords' ? 1 : e.termhood) * e.confidence);
}
