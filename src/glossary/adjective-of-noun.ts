import { wordEnding } from '../lang/index.js';
import { toPortugueseSpelling } from './cognate.js';
import { adjectiveLemma } from './canonical.js';
import { englishWordClass, fold, singularSurface } from './inflection.js';

/**
 * A single English noun against a Portuguese adjective or participle built on
 * its stem (`infant ↔ infantis`, of `espasmos infantis`; `transplant ↔
 * transplantado`; `artery ↔ arterial`; `hospitalization ↔ hospitalizado`):
 * the Portuguese describes what the English names, so the pair is of two word
 * classes. The Portuguese is read in the masculine singular; its suffix
 * (`-al`, `-il`, `-ado`, `-ido`) must follow the English noun's stem, spelled
 * the Portuguese way, with its final vowel or `-ation` off; a masculine `-ico`
 * the stem of a noun in `-y`/`-ia` (`videofluoroscopy ↔ videofluoroscópico`;
 * the feminine `-ica` is also the noun of many fields: `botânica`). An English word
 * with an adjective's or participle's ending of its own (`renal`, `treated`,
 * `aspirate`) is a cognate of the same class and is left alone.
 */
export function adjectiveOfNoun(written: string, pt: string): boolean {
  if (!/^\p{Ll}{4,}$/u.test(written) || !/^\p{Ll}+$/u.test(pt)) return false;
  const en = singularSurface(written, 'en');
  if (wordEnding('en', 'adjective-or-participle').test(en)) return false;
  const lemma = fold(adjectiveLemma(pt, true));
  const suffix = lemma.match(wordEnding('pt', 'adjective-of-noun'))?.[0];
  if (suffix === undefined || (suffix === 'ico' && !/icos?$/.test(fold(pt)))) return false;
  const base = single(lemma.slice(0, -suffix.length));
  if (base.length < 4) return false;
  const spelled = single(toPortugueseSpelling(en));
  const stems = suffix === 'ico' ? [spelled.replace(/ia$/, '')] : [spelled, spelled.replace(/[aeo]$/, ''), spelled.replace(/[aei]?cao$/, '')];
  return stems.includes(base) && englishWordClass(en) === 'noun';
}

/** Doubled letters single (`transplanttado` never, `vacinal` beside `vaccine`). */
const single = (word: string) => word.replace(/(\p{L})\1/gu, '$1');
