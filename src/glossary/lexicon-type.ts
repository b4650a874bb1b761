import { bilingual, cellForms } from '../lang/index.js';
import { wordStem } from '../entities/morphology.js';
import { englishWordClass, fold } from './inflection.js';
import { nounSenses } from '../lang/wordnet.js';
import type { TermType } from '../types.js';

/**
 * A term's type from what the project already knows of its words, where
 * neither the termbase, the entities stage nor a word-formation cue typed it
 * (guess-type.ts `entryType`):
 * - its English is a name in the entities stage's disease lexicon
 *   (src/lang/en-pt/diagnoses.tsv), or WordNet files its commonest sense
 *   under ill health (src/lang/en/wordnet-type-classes.yaml): a diagnosis;
 * - its Portuguese opens on a name of the lab or examination lexicon
 *   (labs.tsv, tests.tsv): the head of a Portuguese noun phrase comes first
 *   (`ressonância magnética do joelho`, `PCR em tempo real`), so the term is
 *   a kind of that test.
 * The whole English only, never its head: a general head under a free
 * modifier (`severe infection`) is no named diagnosis. A word English uses
 * as an adjective first (`chronic`, `endemic`) is no disease's name, whatever
 * noun WordNet makes of it. `wordnetKind`: the type WordNet's commonest sense
 * of the English gives (`nounSenses(enKey)?.kind`), which the caller has looked up.
 */
export function lexiconType(enKey: string, ptKey: string, wordnetKind: string | undefined): TermType | undefined {
  if (isDiagnosisName(enKey)) return 'diagnosis';
  if (wordnetKind === 'diagnosis' && (enKey.includes(' ') || englishWordClass(enKey) !== 'adjective')) return 'diagnosis';
  return opensOnTest(ptKey) ? 'lab' : undefined;
}

let diagnoses: Set<string> | undefined;

/** A name the entities stage's disease lexicon holds whole (src/lang/en-pt/diagnoses.tsv). */
export function isDiagnosisName(term: string): boolean {
  return diagnosisNames().has(fold(term));
}

function diagnosisNames(): Set<string> {
  return (diagnoses ??= new Set(bilingual().diagnoses().flatMap((r) => cellForms(r.en)).map(fold)));
}

/**
 * The names of the lab and examination lexicons (labs.tsv, tests.tsv), folded, built once: every name in either
 * language (`all`); and the Portuguese names of rows that count without a value, and those of them written with a
 * capital (rows that count only before a value, `PA`, `peso`, aside).
 */
let tests: { all: Set<string>; names: Set<string>; abbreviations: Set<string>; firstWords: Set<string> } | undefined;

function testNames(): NonNullable<typeof tests> {
  if (tests) return tests;
  const rows = [...bilingual().labs(), ...bilingual().tests()];
  const forms = rows.filter((r) => r.context !== 'value').flatMap((r) => cellForms(r.pt));
  const names = new Set(forms.map(fold));
  return (tests = {
    all: new Set(rows.flatMap((r) => [r.en, r.pt].flatMap(cellForms)).map(fold)),
    names,
    abbreviations: new Set(forms.filter((f) => /\p{Lu}/u.test(f)).map(fold)),
    firstWords: new Set([...names].map((n) => n.split(' ')[0]!)),
  });
}

/** Whether the entities stage's lab or examination lexicon names a test so, in either language. */
export function isLexiconTest(name: string): boolean {
  return testNames().all.has(fold(name));
}

/** Whether the Portuguese opens on a test's name; an abbreviation only as the head of a longer phrase (`mg` alone is as much the unit as magnesium). */
function opensOnTest(ptKey: string): boolean {
  const { names, abbreviations, firstWords } = testNames();
  const words = fold(ptKey).split(' ');
  // Each name the loop may find opens on the key's first word: most keys open on none, and no phrase is joined for them.
  if (!firstWords.has(words[0]!)) return false;
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (names.has(name) && (n < words.length || !abbreviations.has(name))) return true;
  }
  return false;
}

let drugs: Set<string> | undefined;

/**
 * Whether a name is a drug's: in the drug lexicon (drugs.tsv, either
 * language) or ending on an INN stem at the stem's length (drug-stems.tsv),
 * unless WordNet files it under another kind of noun.
 * The entities stage reads a word before a value as a test (`terbinafine
 * 1%`, a strength); a drug's name so read is still a drug.
 */
export function isLexiconDrug(name: string): boolean {
  drugs ??= new Set(bilingual().drugs().flatMap((r) => [r.en, r.pt].flatMap(cellForms)).map(fold));
  const f = fold(name);
  return drugs.has(f) || onDrugStem(f);
}

/** The entities stage's own stem test (its table of endings), on a folded name of letters only that WordNet files as no other noun. */
function onDrugStem(f: string): boolean {
  return /^\p{L}+$/u.test(f) && wordStem(f, 'en') !== undefined && !generalNoun(f);
}

let medications: Set<string> | undefined;

/**
 * Whether a name is a medication's: a row of the drug lexicon with an ATC
 * code (drugs.tsv, either language, aliases too; a row without one is a
 * substance the lexicon names for chemistry, physiology or toxicology, which
 * the entities stage reads as an analyte: `alcohol`, `glutathione`), a drug
 * class (drug-classes.tsv), or a name on an INN stem (as isLexiconDrug).
 */
export function isMedication(name: string): boolean {
  medications ??= new Set(
    [...bilingual().drugs().filter((r) => r.atc), ...bilingual().drugClasses()]
      .flatMap((r) => [r.en, r.pt, r.aliases, r.pt_aliases].flatMap(cellForms))
      .map(fold),
  );
  const f = fold(name);
  return medications.has(f) || onDrugStem(f);
}

/**
 * Whether WordNet knows a word as a noun whose commonest sense is no thing
 * or substance (`intercept`, a concept): an INN ending alone does not make
 * it a drug. Drugs WordNet has are artifacts or substances (`warfarin`).
 */
function generalNoun(word: string): boolean {
  const first = nounSenses(word)?.first;
  return first !== undefined && first !== 'noun.artifact' && first !== 'noun.substance';
}
