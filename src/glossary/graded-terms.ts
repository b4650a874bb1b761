import { language } from '../lang/index.js';
import type { Placement } from './nesting.js';
import { termKey } from './inflection.js';
import { isDiagnosisName } from './lexicon-type.js';

/**
 * A term with a grade of severity before it (`severe infection`, `mild
 * symptom`, `severe chronic pain`): a term with a free modifier, not a term
 * of its own (PROTOCOL.md), when the corpus also uses the rest without the
 * grade, where it stood as a phrase of its own (nesting.ts). A grade that
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
  return placement(termKey(rest, 'en'))?.alone === true;
}

let sets: { grade: Set<string>; scaled: Set<string> } | undefined;

function grades(): { grade: Set<string>; scaled: Set<string> } {
  if (sets) return sets;
  const of = (role: string) => new Set(language('en').severityGrades().filter((g) => g.role === role).flatMap((g) => g.words.map((w) => String(w).toLowerCase())));
  return (sets = { grade: of('grade'), scaled: of('scaled') });
}
