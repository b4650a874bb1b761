import { language, lowerWords } from '../lang/index.js';
import type { Placement } from './nesting.js';
import { termKey } from './inflection.js';
import { shippedTermbaseIndex } from './termbase.js';
import { isDiagnosisName, isLexiconDrug, isLexiconTest } from './lexicon-type.js';
import { framedByOf } from './termhood.js';

/**
 * A term with a grade of severity before it (`severe infection`, `mild
 * symptom`, `severe chronic pain`): a term with a free modifier, not a term
 * of its own (PROTOCOL.md), when the rest is a term without the grade
 * (isTermOfItsOwn: the corpus uses it alone, or a vocabulary names it). A grade that
 * names a disease with the words after it (`severe acute respiratory
 * syndrome`: its rest never stands alone) is no such phrase, nor a grade of a
 * symptom graded on a rating scale (`mild pain`, `moderate pain`), which is a
 * defined category (src/lang/en/severity-grades.yaml), nor a graded name the
 * disease lexicon holds whole (`mild cognitive impairment`, `severe combined
 * immunodeficiency`: ICD-10 names them apart from their ungraded rest).
 */
export function isGradedTerm(en: string, placement: (key: string) => Placement | undefined): boolean {
  const words = en.split(/\s+/);
  if (words.length < 2 || !grades().grade.has(words[0]!.toLowerCase())) return false;
  const rest = words.slice(1);
  if (rest.length === 1 && grades().scaled.has(rest[0]!.toLowerCase())) return false;
  if (isDiagnosisName(en)) return false;
  return isTermOfItsOwn(rest, placement);
}

/**
 * The words after the modifier are a term without it: the corpus uses them
 * alone, where they stood as a phrase of their own (nesting.ts), or a
 * vocabulary names them whole, the disease lexicon or the termbase (`acute
 * kidney injury` in `severe acute kidney injury`, though one article writes
 * it only so).
 */
function isTermOfItsOwn(rest: string[], placement: (key: string) => Placement | undefined): boolean {
  const key = termKey(rest, 'en');
  return placement(key)?.alone === true || isDiagnosisName(rest.join(' ')) || shippedTermbaseIndex().byEn.has(key);
}

let sets: { grade: Set<string>; scaled: Set<string> } | undefined;

function grades(): { grade: Set<string>; scaled: Set<string> } {
  if (sets) return sets;
  const of = (role: string) => lowerWords(language('en').severityGrades().filter((g) => g.role === role));
  return (sets = { grade: of('grade'), scaled: of('scaled') });
}

/**
 * A term with a modifier of evaluation, setting, time course or frequency
 * before it (`recommended vaccine`, `institutional protocol`, `persistent
 * symptom`, `prevalent disease`: src/lang/en/term-modifiers.yaml): a term
 * with a free modifier, read as a grade of severity is (isGradedTerm), where
 * the rest is a term without it (isTermOfItsOwn); never for a fixed term the list names
 * (`immediate hypersensitivity`) nor a name an entities lexicon holds whole
 * (diseases, drugs, tests), which the caller's termbase check leaves to the
 * termbase too.
 */
export function isModifiedTerm(en: string, placement: (key: string) => Placement | undefined): boolean {
  const words = en.split(/\s+/);
  const { modifiers, fixed } = modifierData();
  if (words.length < 2 || !modifiers.has(words[0]!.toLowerCase())) return false;
  if (fixed.has(termKey(words, 'en')) || isDiagnosisName(en) || isLexiconDrug(en) || isLexiconTest(en)) return false;
  return isTermOfItsOwn(words.slice(1), placement);
}

let modifierSets: { modifiers: Set<string>; fixed: Set<string> } | undefined;

/** The modifiers, and the fixed terms they open (as grouping keys, so plurals and capitals match). */
function modifierData(): { modifiers: Set<string>; fixed: Set<string> } {
  if (modifierSets) return modifierSets;
  const groups = language('en').termModifiers();
  return (modifierSets = {
    modifiers: lowerWords(groups),
    fixed: new Set(groups.flatMap((g) => (g.fixed ?? []).map((f) => termKey(String(f).split(/\s+/), 'en')))),
  });
}

/**
 * A term in an `of` frame (`sign of recurrence`, `reduction of weight`) is a
 * free combination, as termhood reads it, also where the entities stage knows
 * the phrase or the termbase composed it word by word (its spans take the
 * frame in with the term); not a name the termbase, the disease, drug or test
 * lexicon holds whole (`quality of life`, `shortness of breath`), nor a phrase
 * that recurs across articles, nor an eponym's frame (`tetralogy of Fallot`,
 * `circle of Willis`: a name written with a capital after `of`, which is
 * fixed; an acronym there, `reduction of BMI`, is not a name).
 */
export function isFramedTerm(en: string, documents: number): boolean {
  if (!framedByOf(en, documents) || eponymAfterOf(en)) return false;
  return !shippedTermbaseIndex().byEn.has(termKey(en.split(/\s+/), 'en')) && !isDiagnosisName(en) && !isLexiconDrug(en) && !isLexiconTest(en);
}

/**
 * A word after `of` written as a name is, a capital then small letters (`of
 * Fallot`, `of His`), in a phrase opening in small letters: Title Case
 * (`Sign of Relapse`, a heading's) shows no name.
 */
const eponymAfterOf = (en: string) => {
  const words = en.split(/\s+/);
  if (!/^\p{Ll}/u.test(words[0] ?? '')) return false;
  return words.slice(words.findIndex((w) => w.toLowerCase() === 'of') + 1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
};
