import { hasAdjectiveEnding, singularElement } from './canonical.js';
import { CONNECTORS, fold, isPluralWord } from './inflection.js';

/**
 * A Portuguese noun phrase agreeing in number inside. Sentences join a
 * singular noun to an adjective that agrees with a plural elsewhere in the
 * sentence (`os espasmos … espasmo infantis`, `serviço de vacinação
 * acessíveis`): an adjective in the plural after nouns that are all in the
 * singular is put in the singular (`espasmo infantil`). Once a noun in the
 * plural comes (`fatores de risco cardiovasculares`), what follows may agree
 * with it and stays. Words the English writes too (a Latin epithet shared by
 * both sides: `canis`), acronyms and names stay as written.
 */
export function agreeingPhrase(pt: string, en: string): string {
  const words = pt.split(' ');
  if (words.length < 2 || !isPlain(words[0]!) || isPluralWord(words[0]!, 'pt')) return pt;
  const shared = new Set(en.toLowerCase().split(/\s+/));
  let afterConnector = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (CONNECTORS.has(fold(w))) {
      afterConnector = true;
      continue;
    }
    const noun = afterConnector;
    afterConnector = false;
    if (!isPlain(w) || shared.has(w)) continue;
    if (noun) {
      if (isPluralWord(w, 'pt')) break;
      continue;
    }
    const one = w.split('-').map(singularElement).join('-');
    if (one !== w && hasAdjectiveEnding(w)) words[i] = one;
    else if (isPluralWord(w, 'pt')) break;
  }
  return words.join(' ');
}

/** A word in small letters (hyphens inside allowed): not an acronym, a name or a number. */
const isPlain = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w);
