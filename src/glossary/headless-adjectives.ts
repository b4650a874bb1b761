import { adjectiveLemma, grammaticalGender } from './canonical.js';
import { CONNECTORS, fold } from './inflection.js';
import { stopList } from './stopwords.js';
import { wordList } from '../lang/dictionary.js';
import { wordEnding } from '../lang/index.js';
import { cognateMatcher, type CognateMatcher } from './cognate.js';
import { Memo } from '../memo.js';

/**
 * A Portuguese side that opens on a feminine adjective which every example
 * writes right after a feminine noun (`região promotora`, `terapia
 * antifúngica tópica`): adjectives whose noun stayed out
 * of the term, put in the masculine singular as an adjective standing alone
 * is (`promotor`, `antifúngico tópico`). A noun spelled like a feminine
 * adjective (`a dinâmica familiar`, `na clínica`) comes after an article or a
 * preposition, a verb (`sofreu parada cardíaca`) or opens its sentence, and
 * stays as written; so does a side whose English ends on a noun none of its
 * words stands for (`failure` of a cut `respiratória aguda`).
 */
export function headlessAdjectives(pt: string, en: string, sentences: readonly string[]): string {
  const words = pt.split(' ');
  // Tests of letters first, the dictionary and cognates after: most sides open on no feminine adjective.
  if (!wordEnding('pt', 'feminine-adjective').test(words[0]!) || words.some((w) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w) || CONNECTORS.has(fold(w)))) return pt;
  const first = masculine(words[0]!);
  if (first === words[0]) return pt;
  const last = en.split(' ').pop()!.toLowerCase();
  // The English names nothing the Portuguese lacks: its last word is one of the adjectives (a noun there, `failure`, is cut off).
  if (!words.some((w) => kin(last, w) > 0)) return pt;
  const lemmas = [first, ...words.slice(1).map(masculine)];
  const key = lemmas.map(fold);
  let seen = 0;
  for (const sentence of sentences) {
    const tokens = sentence.match(WORD) ?? [];
    const folded = tokens.map(foldedMasculine);
    for (let i = 1; i + key.length <= tokens.length; i++) {
      if (!key.every((k, j) => folded[i + j] === k)) continue;
      const before = tokens[i - 1]!;
      if (!/^\p{Ll}/u.test(before) || stopList('pt').function.has(fold(before)) || grammaticalGender(before) !== 'feminine') return pt;
      seen++;
    }
    if (folded[0] === key[0]) return pt;
  }
  return seen > 0 ? lemmas.join(' ') : pt;
}

/** A weak cognate's similarity: `inhibitor`, `inibidora` (the word-formation endings differ). */
const KIN = 0.6;
const WORD = /\p{L}[\p{L}-]*/gu;

/** Whether two words are at least weak cognates (similarity KIN or more; cognate.ts bounds most pairs out unmeasured). */
let kinMatcher: CognateMatcher | undefined;
const kin = (en: string, pt: string) => (kinMatcher ??= cognateMatcher(KIN))(en, pt);

/** An example's word in small letters, masculine singular and folded: examples share their words, so each is read once. */
const foldedMasculines = new Memo<string>(20_000);
const foldedMasculine = (token: string) => foldedMasculines.get(token, (t) => fold(masculine(t.toLowerCase())));

/** A word in the masculine singular where the dictionary has that form (`tópicas` → `tópico`). */
function masculine(word: string): string {
  const lemma = adjectiveLemma(word, true);
  return lemma !== word && wordList('pt').has(lemma) ? lemma : word;
}
