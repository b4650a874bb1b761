import { wordList } from '../lang/dictionary.js';
import { toPortugueseSpelling } from './cognate.js';
import { englishWordClass, fold, singularSurface } from './inflection.js';

/**
 * One word on each side built on the same stem with a suffix of another
 * word class, or of another concept, on one side only:
 * - an English adjective of a noun (`-al`, `-ic`, `-ary`, `-ous`) against the
 *   Portuguese noun itself (stem + `-o`/`-a`), where Portuguese has that word in
 *   one gender only, as a noun (an adjective has both: `materno`, `materna`);
 * - an English noun against a Portuguese adjective made from it (the noun's
 *   stem + `-ico`/`-ica`, a prothetic `e` aside);
 * - an agent (virus, fungus, bacterium, coccus, parasite) against the disease
 *   it causes, named by `-ose`/`-íase` (or the other way round).
 * The pair names two things; its sides came together by spelling alone.
 */
export function derivedClassDiffers(en: string, pt: string): boolean {
  const written = singularSurface(pt, 'pt');
  const one = fold(written);
  return adjectiveAgainstNoun(en, written, one) || nounAgainstAdjective(en, one) || agentAgainstDisease(en, fold(pt));
}

const EN_ADJECTIVE = /(?:ical|ic|al|ary|ous)$/;
/** Portuguese adjectives made from nouns. */
const PT_ADJECTIVE = /(?:ico|ica)$/;

/** Doubled letters single. */
const single = (word: string) => word.replace(/(\p{L})\1/gu, '$1');
/** The English stem spelled the Portuguese way, doubled letters single (`pneumococc` → `pneumococ`). */
const stem = (en: string) => single(toPortugueseSpelling(en));

/** `written`: the Portuguese singular as written; `one`: the same folded. */
function adjectiveAgainstNoun(en: string, written: string, one: string): boolean {
  const suffix = en.match(EN_ADJECTIVE)?.[0];
  if (suffix === undefined || !/[oa]$/.test(one)) return false;
  // The stems compared before the word class: a tagger's reading costs far more, and most pairs fail on their letters.
  if (stem(en.slice(0, -suffix.length)) !== single(one.slice(0, -1)) || englishWordClass(en) !== 'adjective') return false;
  // A word Portuguese has in one gender only is a noun; an adjective has both forms.
  const other = written.slice(0, -1) + (written.endsWith('o') ? 'a' : 'o');
  return wordList('pt').has(written) && !wordList('pt').has(other);
}

function nounAgainstAdjective(en: string, one: string): boolean {
  if (!PT_ADJECTIVE.test(one) || EN_ADJECTIVE.test(en) || /(?:ive|ant|ent)$/.test(en)) return false;
  const base = one.replace(PT_ADJECTIVE, '');
  const noun = stem(en).replace(/[aeo]$/, '');
  return noun.length >= 4 && (base === noun || base === `e${noun}`) && englishWordClass(en) === 'noun';
}

/** Agents that cause diseases, and the suffixes of the diseases named after them. */
const EN_AGENT = /(?:virus|viruses|fungus|fungi|bacterium|bacteria|coccus|cocci|parasite|parasites)$/;
const PT_AGENT = /(?:virus|fungos?|bacterias?|cocos?|parasitas?)$/;
const EN_DISEASE = /(?:osis|oses|iasis|iases)$/;
const PT_DISEASE = /(?:oses?|iases?)$/;

function agentAgainstDisease(en: string, pt: string): boolean {
  return (EN_AGENT.test(en) && PT_DISEASE.test(pt)) || (EN_DISEASE.test(en) && PT_AGENT.test(pt));
}
