import { wordList } from '../lang/dictionary.js';
import { wordEnding } from '../lang/index.js';
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

/** Adjectives made from nouns, in each language (`maternal`, `pandêmico`). */
const enAdjective = () => wordEnding('en', 'relational-adjective');
const ptAdjective = () => wordEnding('pt', 'relational-adjective');

/** Doubled letters single. */
const single = (word: string) => word.replace(/(\p{L})\1/gu, '$1');
/** The English stem spelled the Portuguese way, doubled letters single (`pneumococc` → `pneumococ`). */
const stem = (en: string) => single(toPortugueseSpelling(en));

/** `written`: the Portuguese singular as written; `one`: the same folded. */
function adjectiveAgainstNoun(en: string, written: string, one: string): boolean {
  const suffix = en.match(enAdjective())?.[0];
  if (suffix === undefined || !/[oa]$/.test(one)) return false;
  // The stems compared before the word class: a tagger's reading costs far more, and most pairs fail on their letters.
  if (stem(en.slice(0, -suffix.length)) !== single(one.slice(0, -1)) || englishWordClass(en) !== 'adjective') return false;
  // A word Portuguese has in one gender only is a noun; an adjective has both forms.
  const other = written.slice(0, -1) + (written.endsWith('o') ? 'a' : 'o');
  return wordList('pt').has(written) && !wordList('pt').has(other);
}

function nounAgainstAdjective(en: string, one: string): boolean {
  if (!ptAdjective().test(one) || enAdjective().test(en) || wordEnding('en', 'verbal-adjective').test(en)) return false;
  const base = one.replace(ptAdjective(), '');
  const noun = stem(en).replace(/[aeo]$/, '');
  return noun.length >= 4 && (base === noun || base === `e${noun}`) && englishWordClass(en) === 'noun';
}

/** Agents that cause diseases against the suffixes of the diseases named after them (`pt` folded). */
function agentAgainstDisease(en: string, pt: string): boolean {
  return (wordEnding('en', 'agent').test(en) && wordEnding('pt', 'disease-of-agent').test(pt)) || (wordEnding('en', 'disease-of-agent').test(en) && wordEnding('pt', 'agent').test(pt));
}
