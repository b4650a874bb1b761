import { bilingual, cellForms, language, type Entry } from '../lang/index.js';
import { fold, singularSurface } from './inflection.js';
import { wordList } from '../lang/dictionary.js';
import { freeModifiers } from './free-modifiers.js';
import type { Entity, TermType } from '../types.js';
import { Memo } from '../memo.js';
import { isDiagnosisName, isLexiconDrug, isLexiconTest, isMedication, lexiconType } from './lexicon-type.js';
import { nounSenses } from '../lang/wordnet.js';
import { withinTypeLimits } from './type-limits.js';
import { isDiseaseLookAlike, isDiseaseWord } from '../entities/morphology.js';

/**
 * A term's type from its English head (`src/lang/en/term-types.yaml`): when
 * neither the termbase nor the entities stage gives one (`guessType`), and,
 * for word formation that tells more than the entities stage's reading of
 * the same words, over it (`entryType`): `cholecystectomy` is a procedure
 * even where a Portuguese clinical-note lexicon types `colecistectomia` as a
 * treatment, `covid-19 vaccine` a drug, `severe disease` no named diagnosis.
 */
interface TypeCue {
  type: TermType;
  suffixes?: string[];
  heads?: string[];
  epithets?: string[];
  /** Word beginnings (`hyper`, `anti`): a head so formed, the prefix followed by four letters or more (and one of `suffixes`, if given). */
  prefixes?: string[];
  /** The suffixes hold only for a head general English lacks (`scorpionism`; not `mechanism`). */
  unlisted: boolean;
  /** Heads the entities stage's lab lexicon names as one word (`troponin`, `creatinine`). */
  labHeads: boolean;
  stops?: Set<string>;
  /** A general head that a modifier of degree or a free modifier alone leaves a free combination. */
  freeHeads?: string[];
  modifiers?: Set<string>;
  overEntities: boolean;
}

interface CueData {
  type: TermType;
  suffixes?: string[];
  heads?: string[];
  epithets?: string[];
  prefixes?: string[];
  unlisted?: boolean;
  heads_from?: 'labs';
  stops?: string[];
  free_heads?: string[];
  modifiers?: string[];
  over_entities?: boolean;
}

let cues: TypeCue[] | undefined;

function typeCues(): TypeCue[] {
  if (cues) return cues;
  cues = language('en').termTypes<CueData & Entry>().map((c) => ({
    type: c.type,
    suffixes: c.suffixes,
    heads: c.heads,
    epithets: c.epithets,
    prefixes: c.prefixes,
    unlisted: c.unlisted === true,
    labHeads: c.heads_from === 'labs',
    stops: new Set(c.stops ?? []),
    freeHeads: c.free_heads,
    modifiers: c.free_heads ? new Set([...(c.modifiers ?? []), ...freeModifiers()]) : undefined,
    overEntities: c.over_entities === true,
  }));
  return cues;
}

/** A code after a term's head names its kind, not the thing: `hepatitis B`, `endoleak 1A`, `grade III` (a bare number may be a count cut from the sentence). */
const CODE = /^(?:[a-z]|\d+[a-z]|[ivx]+)$/;

/** The head of a grouping key (lower-case, singular): its last word before `of`, trailing codes aside; and the words before it. */
function headOf(enKey: string): { head: string; modifiers: string[] } {
  const words = enKey.split(' ');
  const of = words.indexOf('of');
  const before = of > 0 ? words.slice(0, of) : words;
  let at = before.length - 1;
  while (at > 0 && CODE.test(before[at]!)) at--;
  return { head: before[at]!, modifiers: before.slice(0, at).filter((w) => !CODE.test(w)) };
}

function holds(cue: TypeCue, head: string, modifiers: string[]): boolean {
  if (cue.stops?.has(head)) return false;
  // The entities stage's look-alikes are no diagnosis here either: `diagnosis` is no -osis, `empathy` no -pathy.
  if (cue.type === 'diagnosis' && isDiseaseLookAlike(head, 'en')) return false;
  if (cue.freeHeads) return cue.freeHeads.includes(head) && modifiers.length > 0 && modifiers.every((m) => cue.modifiers!.has(m));
  if (cue.heads?.includes(head) || (cue.labHeads && labWords().has(head))) return true;
  // A Latin epithet names a disease after its noun only (`diabetes mellitus`; `mellitus` alone is a fragment).
  if (cue.epithets?.includes(head)) return modifiers.length > 0;
  // With prefixes, a suffix too must hold when the cue gives some (`hyperventilation`: hyper- and -ion).
  if (cue.prefixes && !cue.prefixes.some((p) => head.startsWith(p) && /^-?\p{L}{4}/u.test(head.slice(p.length)))) return false;
  const suffixed = cue.suffixes?.some((s) => head.endsWith(s) && head.length > s.length + 2) ?? cue.prefixes !== undefined;
  return suffixed && (!cue.unlisted || !wordList('en').has(head));
}

let labNames: Set<string> | undefined;

/** The one-word names of the entities stage's lab lexicon (src/lang/en-pt/labs.tsv), in small letters and singular (abbreviations aside). */
function labWords(): Set<string> {
  labNames ??= new Set(
    bilingual().labs().flatMap((r) => cellForms(r.en)).filter((f) => /^\p{Ll}[\p{Ll}-]*$/u.test(f)).map((f) => singularSurface(f, 'en')),
  );
  return labNames;
}

function firstCue(enKey: string, overEntitiesOnly: boolean): TypeCue | undefined {
  const { head, modifiers } = headOf(enKey);
  return typeCues().find((c) => (!overEntitiesOnly || c.overEntities) && holds(c, head, modifiers));
}

/** Every proposed pair asks for its EN term's type, and terms recur across sentence pairs; keep the ones in use. */
const guessed = new Memo<TermType>(20_000);

/** The type of a term neither the termbase nor the entities stage typed, from its English grouping key. */
export function guessType(enKey: string): TermType {
  return guessed.get(enKey, (key) => {
    const cued = firstCue(key, false)?.type;
    // WordNet asked only where a cue typed the key: a surgical operation is no examination, whatever -scopy says.
    return cued === undefined || isSurgery(nounSenses(key)?.kind) ? 'term' : cued;
  });
}

/**
 * Whether WordNet's commonest sense of the whole key, by its type
 * (`nounSenses(enKey)?.kind`, wordnet-type-classes.yaml), is a surgical
 * operation (`arthroscopy`, `laparotomy`): a procedure, the glossary's
 * `term`, whatever a word-formation cue (-scopy names an examination) or
 * the entities stage says. One rule for every place a key is typed.
 */
function isSurgery(kind: string | undefined): boolean {
  return kind === 'term';
}

/**
 * The glossary's type for an entities-stage mention, or none: the stage
 * types a procedure or a treatment named as such `drug` (category
 * `procedure`, `treatment`), where the glossary's `drug` is a medication
 * only; and it reads a word as a test because a value follows it (`the
 * proportion was 45%`, `ketoconazole 2%`), which says nothing of the word
 * unless its lab or examination lexicon names it; a drug's name so read (the
 * drug lexicon's, or an INN stem's) is a drug. A substance named with nothing
 * that says it is given as treatment (no ATC code, dose, route, frequency or
 * brand, no drug class, no INN stem: `alcohol`, `glyphosate`, `CO₂`, read by
 * the entities stage's lexicon of substances or its chemical word formation)
 * is no medication: the glossary's `drug` (PROTOCOL.md) is not any chemical.
 * Like a procedure it is `term`, still vouched for by the entities stage.
 */
export function mentionType(
  m: Pick<Entity, 'type' | 'category' | 'code' | 'value' | 'normalized' | 'dose' | 'route' | 'frequency' | 'brand'>,
): TermType | undefined {
  if (m.type === 'drug' && (m.category === 'procedure' || m.category === 'treatment')) return 'term';
  if (m.type === 'drug' && !givenAsTreatment(m)) return 'term';
  if (m.type === 'lab' && isLexiconDrug(m.normalized) && !isLexiconTest(m.normalized)) return 'drug';
  if (m.type === 'lab' && m.value !== undefined && m.code === undefined && !isLexiconTest(m.normalized)) return undefined;
  return m.type;
}

/**
 * Whether an English term names a disorder, finding or sign of disease by
 * what the project ships, read on its head (its last word before `of`,
 * trailing codes aside) or whole: the disease lexicon's names
 * (diagnoses.tsv), the entities stage's disease morphology (heads such as
 * `syndrome`, `pain`; endings such as `-itis`), the diagnosis cues of
 * term-types.yaml, or WordNet's commonest sense under ill health
 * (wordnet-type-classes.yaml). A head WordNet does not have as a noun
 * (`endoleak`, `comorbidity`), or one written with capitals or digits (an
 * acronym, a code), cannot be read so: it counts as naming one.
 * `signal`, `reduction`, `blockade`, `sign` name none.
 */
export function namesDisorder(enKey: string): boolean {
  const { head, modifiers } = headOf(enKey);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return true;
  if (isDiagnosisName(enKey) || isDiagnosisName(head) || isDiseaseWord(head, 'en')) return true;
  if (typeCues().some((c) => c.type === 'diagnosis' && holds(c, head, modifiers))) return true;
  const senses = nounSenses(head);
  if (senses === undefined) return true;
  return senses.kind === 'diagnosis' || nounSenses(enKey)?.kind === 'diagnosis';
}

/** Whether a drug mention carries evidence of a medicinal use: a code (ATC), a dose, route, frequency or brand, or a medication's name. */
function givenAsTreatment(m: Pick<Entity, 'code' | 'dose' | 'route' | 'frequency' | 'brand' | 'normalized'>): boolean {
  return m.code !== undefined || m.dose !== undefined || m.route !== undefined || m.frequency !== undefined || m.brand !== undefined || isMedication(m.normalized);
}

/**
 * An entry's type: the termbase's as it is; otherwise the type its evidence
 * gave, unless the head's word formation says otherwise (a surgical operation
 * by WordNet before it: `arthroscopy` is no examination); a term nothing typed
 * takes the type the project's lexicons or WordNet give its words (lexicon-type.ts),
 * else, under a modifier naming which, the type of its head's disease name;
 * an adjective is no diagnosis, an act or state no drug (type-limits.ts).
 */
export function entryType(enKey: string, seen: TermType, curated: boolean, ptKey = ''): TermType {
  if (curated) return seen;
  const kind = nounSenses(enKey)?.kind;
  if (isSurgery(kind)) return 'term';
  const cued = firstCue(enKey, true)?.type;
  if (cued !== undefined) return withinTypeLimits(enKey, cued);
  return withinTypeLimits(enKey, seen === 'term' ? (lexiconType(enKey, ptKey, kind) ?? (diseaseHeaded(enKey) ? 'diagnosis' : seen)) : seen);
}

/**
 * Whether a phrase nothing typed is a kind of disease by its head: the head
 * (its last word before `of`, trailing codes aside) is a disease's name alone
 * in the disease lexicon (diagnoses.tsv: `pain`, `neoplasm`) or WordNet files
 * its commonest sense under ill health (`valgus`, `chorea`), and a modifier
 * says which (`lumbar pain`, `pancreatic neoplasm`, `cubitus valgus`). Modifiers
 * of degree or the free modifiers only (`severe infection`, `main
 * complication`) leave a free combination, as the free-heads cue of
 * term-types.yaml reads them.
 */
function diseaseHeaded(enKey: string): boolean {
  const { head, modifiers } = headOf(enKey);
  if (modifiers.length === 0) return false;
  const free = typeCues().find((c) => c.freeHeads)?.modifiers;
  if (free && modifiers.every((m) => free.has(m))) return false;
  return isDiagnosisName(head) || nounSenses(head)?.kind === 'diagnosis';
}
