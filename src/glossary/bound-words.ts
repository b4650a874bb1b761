import type { PartOfSpeech } from '../types.js';
import { wordList } from '../lang/dictionary.js';
import type { Placement } from './nesting.js';

/**
 * A fragment of a term that the corpus never uses without the rest, read off
 * the English side's placement among the longer candidates of its aligned
 * pairs (nesting.ts; the English head is last, so a term that stood alone
 * somewhere is a phrase of its own):
 * - an eponym or a chain of names standing only before a head (`Cox` of `Cox
 *   regression`, `Mann-Whitney` of `… test`, `renin-angiotensin-aldosterone`
 *   of `… system`): a person's name, or three nouns or more hyphenated;
 * - a species epithet or the tail of a Latin name, only after one same word
 *   and copied untranslated, no word of general English (`influenzae` of
 *   `Haemophilus influenzae`, `mellitus` of `diabetes mellitus`).
 * A translated word seen only inside longer terms (`ketoacidosis` of
 * `diabetic ketoacidosis`) and an adjective (`renal`) are words of their own,
 * for termhood to weigh.
 */
/** A name as written: capitalised words, hyphenated (`Cox`, `Mann-Whitney`), not a symbol with capitals inside (`IgE`). */
const EPONYM = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

export function isBoundFragment(en: string, pt: string, placement: Placement | undefined, partOfSpeech: PartOfSpeech | undefined): boolean {
  if (!placement || placement.alone || /\s/.test(en) || /^[\p{Lu}\d-]+$/u.test(en)) return false;
  if (placement.ending === 0) {
    if (placement.inside === 0 || partOfSpeech === 'adjective') return false;
    return [en, pt].some((form) => EPONYM.test(form)) || en.split('-').length >= 3;
  }
  return placement.inside === 0 && placement.before.size === 1 && /^\p{Ll}+$/u.test(en) && en === pt.toLowerCase() && !wordList('en').has(en.toLowerCase());
}
