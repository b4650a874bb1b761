import type { GlossaryEntry } from '../../../src/types.js';
import { generalRate, inGeneralList } from '../../../src/glossary/general-frequency.js';
import { contentWords, medical } from '../../../src/glossary/termhood.js';
import { freeModifiers } from '../../../src/glossary/free-modifiers.js';
import { lemma } from '../../../src/glossary/inflection.js';
import { nounSenses, type Lexname } from '../../../src/lang/wordnet.js';
import { isMedicalDomain, wordSenses } from './_wordnet-meaning.js';

/** WordNet's kinds of general things (as termhood.ts reads a single word's commonest sense). */
const GENERAL_SENSES = new Set<Lexname>(['noun.act', 'noun.attribute', 'noun.cognition', 'noun.communication', 'noun.relation', 'noun.object', 'noun.feeling', 'noun.motive', 'noun.shape', 'noun.Tops', 'noun.group', 'noun.location', 'noun.time', 'noun.quantity']);

/**
 * The general features the term model of fit-term-model.ts weighs, one vector
 * per pair, from what the build has already computed for it (glossary.json's
 * termhood, confidence, counts, type, part of speech) and the project's own
 * word lists: the words' standing in general language and in the medical
 * vocabularies. No feature names a word: a model on them cannot learn
 * entries, only kinds of evidence. Computed from the built glossary, so the
 * same vectors could be computed in the build if a model were ever shipped.
 */
export const FEATURES = [
  'termhood',
  'confidence',
  'documents',
  'enCommonest',
  'ptRarest',
  'medical',
  'acronym',
  'typed',
  'freeModifier',
  'general',
  'adjective',
  'nested',
  'headGeneralSense',
  'headMedicalSense',
  'lexicalised',
  'domainMedical',
  'domainOther',
  'pertainsMedical',
  'pertainsGeneral',
] as const;
export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, number>;

/** What a pair needs to be weighed: an entry's fields as the build sets them before the model. */
export type Weighed = Pick<GlossaryEntry, 'en' | 'pt' | 'type' | 'score' | 'termhood' | 'confidence' | 'partOfSpeech'> & { documents?: number };

/** A general-language rate as a rarity: −log10 of the share of running words (a word once in a million words is 6). */
function rarity(word: string, lang: 'en' | 'pt'): number {
  return -Math.log10(generalRate(word, lang));
}

/** An acronym or symbol: two capitals or more, no small letter run longer than one (`CKD`, `HbA1c` is not). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9-]*[a-z]?[A-Z0-9-]*$/;

/**
 * The feature vector of one pair. `nested` is how many longer English forms
 * of the glossary hold it (nestedCounts): a term is reused inside longer
 * ones, a free combination seldom is.
 */
export function termFeatures(e: Weighed, nested: number): Features {
  const en = contentWords(e.en);
  const pt = contentWords(e.pt);
  const enRarity = en.map((w) => rarity(w, 'en'));
  const ptRarity = pt.map((w) => rarity(w, 'pt'));
  const ptLower = pt.map((w) => w.toLowerCase());
  return {
    termhood: e.termhood ?? 0,
    confidence: e.confidence ?? e.score ?? 0,
    documents: Math.log2(Math.max(1, e.documents ?? 1)),
    enCommonest: enRarity.length > 0 ? Math.min(...enRarity) : 0,
    ptRarest: ptRarity.length > 0 ? Math.max(...ptRarity) : 0,
    medical: en.length > 0 ? Math.max(...en.map((w) => medical(w, ptLower))) : 0,
    acronym: en.length === 1 && ACRONYM.test(en[0]!) ? 1 : 0,
    typed: e.type !== 'term' ? 1 : 0,
    freeModifier: en.length > 1 && freeModifiers().has(en[0]!.toLowerCase()) ? 1 : 0,
    general: en.length > 0 && en.every((w) => inGeneralList(w, 'en')) ? 1 : 0,
    adjective: e.partOfSpeech === 'adjective' ? 1 : 0,
    nested: Math.log2(1 + nested),
    ...senses(en),
    ...meaning(en),
  };
}

/**
 * For each English form (lower case), how many distinct longer forms among
 * `forms` contain it as a run of whole words.
 */
export function nestedCounts(forms: Iterable<string>): Map<string, number> {
  const distinct = new Set<string>();
  for (const f of forms) distinct.add(f.toLowerCase());
  const out = new Map<string, number>();
  for (const f of distinct) {
    const words = f.split(/\s+/);
    const inside = new Set<string>();
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b <= words.length; b++) {
        if (b - a === words.length) continue;
        const part = words.slice(a, b).join(' ');
        if (distinct.has(part)) inside.add(part);
      }
    }
    for (const part of inside) out.set(part, (out.get(part) ?? 0) + 1);
  }
  return out;
}

/** The English head's commonest WordNet sense (general kind or not, medical or not), and whether WordNet lists the whole phrase. */
function senses(en: string[]): Pick<Features, 'headGeneralSense' | 'headMedicalSense' | 'lexicalised'> {
  const words = en.map((w) => w.toLowerCase());
  const head = words.length > 0 ? nounSenses(lemma(words.at(-1)!, 'en')) : undefined;
  return {
    headGeneralSense: head !== undefined && GENERAL_SENSES.has(head.first) ? 1 : 0,
    headMedicalSense: head?.medical ? 1 : 0,
    lexicalised: words.length > 1 && nounSenses(words.join(' ')) !== undefined ? 1 : 0,
  };
}

/** A noun WordNet gives a medical meaning: a sense medicine's (wordnet.ts) or of the body, or one filed under a medical domain. */
function medicalNoun(noun: string): boolean {
  const s = wordSenses(noun);
  return s !== undefined && (s.noun?.medical === true || s.noun?.first === 'noun.body' || s.domains.some(isMedicalDomain));
}

/**
 * Meaning-evidence of WordNet's topic domains and pertainyms: whether the
 * whole phrase (where WordNet lists it), a one-word entry (any sense) or a
 * phrase's head is filed under a medical domain
 * (src/lang/en/wordnet-medical-domains.yaml), or under other domains only;
 * whether the first word, read as an adjective, pertains to a noun of
 * medical meaning (`renal` → kidney) or only to others (`educational` →
 * education).
 */
function meaning(en: string[]): Pick<Features, 'domainMedical' | 'domainOther' | 'pertainsMedical' | 'pertainsGeneral'> {
  const words = en.map((w) => w.toLowerCase());
  if (words.length === 0) return { domainMedical: 0, domainOther: 0, pertainsMedical: 0, pertainsGeneral: 0 };
  const whole = words.length > 1 ? wordSenses(words.join(' ')) : undefined;
  const last = words.at(-1)!;
  const head = wordSenses(last) ?? wordSenses(lemma(last, 'en'));
  const looked = [whole, head].filter((s) => s !== undefined);
  const domains = looked.flatMap((s) => s.domains);
  const pertains = wordSenses(words[0]!)?.pertains ?? [];
  return {
    domainMedical: domains.some(isMedicalDomain) ? 1 : 0,
    domainOther: domains.length > 0 && !domains.some(isMedicalDomain) ? 1 : 0,
    pertainsMedical: pertains.some(medicalNoun) ? 1 : 0,
    pertainsGeneral: pertains.length > 0 && !pertains.some(medicalNoun) ? 1 : 0,
  };
}
