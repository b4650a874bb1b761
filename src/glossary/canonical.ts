import type { PartOfSpeech } from '../types.js';
import { language, type Entry } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';
import { CONNECTORS, englishWordClass, fold, masculineSurface, singularSurface } from './morphology.js';

/**
 * An entry's dictionary form and grammar: its part of speech (a phrase is a
 * noun phrase; a single English word as compromise reads it, a verb only when
 * the Portuguese is an infinitive too), the Portuguese adjective standing
 * alone in the masculine singular (`positive ↔ positivo`), and the gender of
 * a Portuguese noun: from an adjective agreeing with its head in the term
 * itself (`dor crônica`), else from its ending (src/lang/pt/gender.yaml).
 */
export type Gender = 'masculine' | 'feminine' | 'other';

interface GenderRule {
  words?: string[];
  ending?: string;
  gender: Gender;
}

let rules: { words: Map<string, Gender>; endings: Array<[string, Gender]> } | undefined;

function genderRules(): NonNullable<typeof rules> {
  if (rules) return rules;
  const list = language('pt').gender<GenderRule & Entry>();
  const words = new Map<string, Gender>();
  const endings: Array<[string, Gender]> = [];
  for (const r of list) {
    for (const w of r.words ?? []) words.set(fold(String(w)), r.gender);
    if (r.ending) endings.push([fold(r.ending), r.gender]);
  }
  return (rules = { words, endings });
}

const words = (form: string) => form.split(/\s+/).filter((w) => w !== '');
const isAcronym = (w: string) => /^[\p{Lu}\d-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
const INFINITIVE = /[aei]r$/;
/** Endings of Portuguese adjectives: an English word compromise reads as an adjective is a noun when its Portuguese has none (`pandemic ↔ pandemia`). */
const PT_ADJECTIVE = /(?:ic[oa]|iv[oa]|os[oa]|[aá]ri[oa]|óri[oa]|[eê][oa]|ad[oa]|id[oa]|[ií]n[oa]|an[oa]|al|ar|vel|nte|[eo]r|il|ez)s?$|(?:ais|ares|veis|is)$/;

export function partOfSpeech(en: string, pt: string): PartOfSpeech {
  const content = words(en).filter((w) => !CONNECTORS.has(fold(w)));
  if (content.length !== 1) return 'noun';
  const word = content[0]!;
  if (isAcronym(word)) return 'noun';
  const cls = englishWordClass(word.toLowerCase());
  if (cls === 'verb') return words(pt).length === 1 && INFINITIVE.test(pt) ? 'verb' : 'noun';
  if (cls === 'adjective' && !words(pt).every((w) => PT_ADJECTIVE.test(w.toLowerCase()))) return 'noun';
  return cls;
}

/** The Portuguese form in dictionary form for its part of speech: an adjective alone in the masculine singular. */
export function canonicalPortuguese(pt: string, pos: PartOfSpeech): string {
  if (pos !== 'adjective' || words(pt).length !== 1 || pt !== pt.toLowerCase()) return pt;
  const dictionary = wordList('pt');
  const known = (w: string) => dictionary.has(w);
  // A compound adjective (`hipóxica-isquêmica`) is in dictionary form when each of its elements is.
  if (pt.includes('-')) return pt.split('-').map((part) => masculineSurface(part, known)).join('-');
  const one = singularSurface(pt, 'pt');
  const singular = one !== pt && known(one) ? one : pt;
  return masculineSurface(singular, known);
}

/** The gender of a Portuguese noun (phrase), from its head. */
export function grammaticalGender(pt: string): Gender | undefined {
  const ws = words(pt);
  const head = ws[0];
  if (!head || isAcronym(head) || !/\p{Ll}/u.test(head)) return undefined;
  const singular = fold(singularSurface(head, 'pt'));
  const { words: listed, endings } = genderRules();
  const known = listed.get(singular);
  if (known) return known;
  // An adjective agreeing with the head in the term itself says the gender.
  const next = ws[1];
  if (next && !CONNECTORS.has(fold(next))) {
    const adjective = fold(singularSurface(next, 'pt'));
    if (/(?:ic|iv|os|ad|id|ne|ari)a$/.test(adjective)) return 'feminine';
    if (/(?:ic|iv|os|ad|id|ne|ari)o$/.test(adjective)) return 'masculine';
  }
  for (const [ending, gender] of endings) if (singular.endsWith(ending)) return gender;
  return undefined;
}
