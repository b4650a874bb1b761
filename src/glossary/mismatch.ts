import type { HoldReason } from '../types.js';
import { wordList } from '../lang/dictionary.js';
import { wordEnding, type EndingClass } from '../lang/index.js';
import { englishWordClass, fold } from './inflection.js';
import { derivedClassDiffers } from './derived-class.js';
import { negationDiffers } from './negation-pair.js';
import { adjectiveOfNoun } from './adjective-of-noun.js';

/**
 * Pairs whose two sides cannot name the same thing, whatever their
 * association: a gene, variant or strain code on one side that the other
 * does not carry (`GSTM1 gene ↔ gene GSTT1`, the neighbouring gene), or an
 * acronym of other letters with no evidence that both stand for one long form, a
 * single word whose class changes across the pair (`significant ↔
 * significância`, `technology ↔ tecnológica`), and a Portuguese side holding
 * a finite verb (a clause) or a verb spelled as a noun without its accent
 * (`evidencia`), an English noun against a Portuguese adjective or participle
 * of its stem (`implant ↔ implantado`, adjective-of-noun.ts), and a negation on one side only (`non-smoker ↔
 * fumante`, negation-pair.ts). Held back, the English term
 * is left free for another candidate of the right code or class.
 */
export type Mismatch = Extract<HoldReason, 'different code' | 'different word class' | 'different negation'>;

/** A token of letters and digits, hyphens or slashes inside (`GSTM1`, `SARS-CoV-2`, `covid-19`). */
const TOKEN = /[\p{L}\d]+(?:[-/][\p{L}\d]+)*/gu;
/** A whole Portuguese word: a stem (`\\p{L}{4,}`), then an ending of the class (src/lang/pt/word-endings.yaml). */
const wholeWord = (stem: string, cls: EndingClass<'pt'>) => new RegExp(`^${stem}${wordEnding('pt', cls).source}`, 'u');
let ptAdverb: RegExp | undefined;
/** A Portuguese adverb: an adjective of four letters or more and `-mente` (`clinicamente`; not `demente`, `semente`). */
const isPortugueseAdverb = (pt: string) => (ptAdverb ??= wholeWord('\\p{L}{4,}', 'adverb')).test(pt);
/** An English adverb in -ly as compromise reads it (`rapidly`; not `anomaly`, `family`). */
const isEnglishAdverb = (en: string) => wordEnding('en', 'adverb').test(en) && englishWordClass(en) === 'adverb';

export function mismatchReason(en: string, pt: string, via: ReadonlySet<string>): Mismatch | undefined {
  // Codes the user's termbase pairs, or acronyms each defined by the same long form (`T2DM ↔ DM2`), are translations.
  if (!via.has('termbase') && !via.has('acronym') && (codesDiffer(en, pt) || (!via.has('entity') && acronymsDiffer(en, pt)))) return 'different code';
  if (wordClassesDiffer(en, pt) || holdsFiniteVerb(pt)) return 'different word class';
  if (!via.has('termbase') && negationDiffers(en, pt)) return 'different negation';
  return undefined;
}

/**
 * A Portuguese verb in the third person plural: a word of five letters or more
 * ending -am, -êm, -õem, or of six or more ending -em (`enfrentam`,
 * `transmitem`, `intervêm`), not a noun in -gem (the pattern leaves them out)
 * or -ordem (`margem`, `desordem`), that the Brazilian dictionary
 * has and general English lacks (no English word copied over). No term holds
 * one: the pair is a clause cut from its sentence or a verb form.
 */
function holdsFiniteVerb(pt: string): boolean {
  return pt.split(/\s+/).some((w) => (isPluralVerbForm(w) && !wordEnding('pt', 'noun-in-em').test(w) && wordList('pt').has(w) && !wordList('en').has(w)) || isUnaccentedVerb(w));
}

/**
 * A verb in -enciar/-anciar in the third person singular (`evidencia`,
 * `vivencia`): spelled as the noun in -ência/-ância the dictionary has, but
 * without its accent. A Portuguese side holding one is a noun glued to a verb.
 */
function isUnaccentedVerb(w: string): boolean {
  const noun = w.match(/^(\p{Ll}{3,})([ae])ncia$/u);
  return noun !== null && wordList('pt').has(`${noun[1]}${noun[2] === 'a' ? 'â' : 'ê'}ncia`);
}

let pluralVerb: RegExp | undefined;
/** Three small letters or more, then the third person plural's ending. */
const isPluralVerbForm = (w: string) => (pluralVerb ??= wholeWord('\\p{Ll}{3,}', 'plural-verb')).test(w);

/** Whether a side has a code (capitals and digits: `GSTM1`, `COVID-19`) and the sides' tokens of letters and digits differ, case, hyphens and order aside. */
function codesDiffer(en: string, pt: string): boolean {
  // A code holds a digit: a pair without one (most) has none to compare, and no side is split into tokens.
  if (!/\d/.test(en) && !/\d/.test(pt)) return false;
  const mixed = (form: string) => (form.match(TOKEN) ?? []).filter((t) => /\p{L}/u.test(t) && /\d/.test(t));
  if (![...mixed(en), ...mixed(pt)].some((t) => /\p{Lu}/u.test(t))) return false;
  const key = (form: string) => mixed(form).map((t) => fold(t).replace(/[-/]/g, '')).sort().join(' ');
  return key(en) !== key(pt);
}

/** An acronym of capitals (a final plural `s` aside). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]*\p{Lu}[\d-]*s?$/u;

/**
 * Two acronyms of different letters (`CMEI ↔ CEMEI`, one letter apart): a
 * Portuguese acronym of other letters is the English one's equivalent only on
 * evidence that both stand for one long form (a document defining them, the
 * entities stage's lexicons, the termbase); cognate spelling is none.
 */
function acronymsDiffer(en: string, pt: string): boolean {
  if (!ACRONYM.test(en) || !ACRONYM.test(pt)) return false;
  // A heading's word in capitals (`MATERIALS ↔ MATERIAIS`) is no acronym.
  if (wordList('en').has(en.toLowerCase()) || wordList('pt').has(pt.toLowerCase())) return false;
  const letters = (form: string) => form.replace(/s$/, '').replace(/-/g, '');
  return letters(en) !== letters(pt);
}

/**
 * A single English adjective paired with a Portuguese abstract noun, or an English abstract noun with a Portuguese adjective;
 * an adverb on one side only (`transcultural ↔ transculturalmente`, `rapidly ↔ rápido`).
 */
function wordClassesDiffer(en: string, pt: string): boolean {
  // One small-letter word on each side (a blank anywhere fails it).
  if (!/^\p{Ll}+$/u.test(en) || !/^\p{Ll}+$/u.test(pt)) return false;
  if (isPortugueseAdverb(pt) !== isEnglishAdverb(en)) return true;
  // Abstract nouns (`significância`, `obesidade`); a gerund is a noun as well (`screening ↔ rastreamento`).
  if (wordEnding('pt', 'abstract-noun').test(pt) && !wordEnding('en', 'gerund').test(en) && englishWordClass(en) === 'adjective') return true;
  // English abstract nouns (`severity`) are never translated by an adjective in -ico or -oso (`religiosos`).
  if (wordEnding('en', 'abstract-noun').test(en) && wordEnding('pt', 'adjective-of-quality').test(pt) && englishWordClass(en) === 'noun') return true;
  return derivedClassDiffers(en, pt) || adjectiveOfNoun(en, pt);
}
