import type { Lang, PartOfSpeech, TermVariant } from '../types.js';
import type { Tally } from './counting.js';
import { ptForm, top } from './forms.js';
import type { Keyed } from './linking.js';
import { canonicalPortuguese, grammaticalGender, partOfSpeech } from './canonical.js';
import { agreeingPhrase } from './agreement.js';
import { headlessAdjectives } from './headless-adjectives.js';
import { runningTextCase, singularTerm } from './dictionary-form.js';
import { capitalisedNames, nameCase } from './name-case.js';
import { brazilianSpelling } from './variants.js';
import { dictionarySpelling } from './misspelling.js';
import { entryType } from './guess-type.js';
import { residueReason } from './residue.js';
import { mismatchReason } from './mismatch.js';
import { termhood } from './termhood.js';
import { combinedScore } from './ranking.js';
import { isBoundFragment, isCutCompound, isCutPhrase, isGluedMetalinguisticNoun, isHeadlessCompound } from './bound-words.js';
import { isFramedTerm, isGradedTerm, isModifiedTerm } from './graded-terms.js';
import { shippedTermbaseIndex, termbasePortuguese } from './termbase.js';
import type { Placement } from './nesting.js';

/**
 * One tally made an entry: its forms in dictionary form and Brazilian current
 * spelling (other spellings seen become variants), its grammar, its termhood
 * beside the translation confidence, the reason it is held back if it is
 * residue or no term, and its examples with the term marked.
 */
export interface EntryContext {
  /** A key's share of the corpus's aligned sentence pairs. */
  rate(key: string, lang: Lang): number;
  /** The share of a key's occurrences not inside a longer candidate (C-value). */
  independence(key: string, lang: Lang): number;
  /** How a key's occurrences stood among longer candidates (nesting.ts). */
  placement(key: string, lang: Lang): Placement | undefined;
  /** Confidence under which a pair is a candidate whatever its termhood. */
  threshold: number;
}

export function entryOf(t: Tally, confidence: number, ctx: EntryContext): Keyed {
  const origin = t.best.termbase === 1 && !t.best.cognate ? 'termbase' : 'corpus';
  const via = new Set(Object.keys(t.best));
  const known = t.known > 0 || origin === 'termbase';
  const seenEn = top(t.enForms);
  const seenPt = ptWords(t);
  const spelled = brazilianSpelling(dictionarySpelling(ptForm(t, seenEn), t.ptForms.keys()), seenPt);
  // Read by the residue's last fragment test only, which most pairs never reach: each side's C-value is summed on demand.
  const independence = {
    get en() {
      return ctx.independence(t.enKey, 'en');
    },
    get pt() {
      return ctx.independence(t.ptKey, 'pt');
    },
  };
  const held = residueReason({ en: seenEn, pt: spelled.form, via, known, independence, standsForName: t.named > 0, definedAsTerm: t.termDefined > 0, definedInPortuguese: t.ptDefined > 0, examples: t.examples }) ?? mismatchReason(seenEn, spelled.form, via);
  // One literal of every field an entry always has, in the order they are set, typed so that none is left out; the
  // rest set one by one after it in the same order. An object spread (`{ ...base, en, … }`) gives each entry a map of
  // its own, and every field stored after it is a slow store (~10 µs an entry; docs/glossary-eval.md, round
  // seventeen). `en`, `pt` and `score` are placeholders until every path below sets them.
  const entry: Keyed = {
    id: '',
    type: entryType(t.enKey, top(t.types), origin === 'termbase', t.ptKey),
    count: t.count,
    sources: [...t.docs.first],
    documents: t.docs.size,
    examples: t.examples.map(example),
    origin,
    // Where every document that says its original language says the same one.
    original: t.originals.size === 1 ? ([...t.originals.keys()][0] as Lang) : undefined,
    enKey: t.enKey,
    ptKey: t.ptKey,
    via,
    en: '',
    pt: '',
    score: 0,
  };
  // Residue, mismatched pairs and pairs under the confidence bar are candidates as seen; only the rest is put in dictionary form and weighed.
  if (held || confidence < ctx.threshold) {
    entry.en = seenEn;
    entry.pt = spelled.form;
    entry.score = confidence;
    entry.confidence = confidence;
    entry.reason = held ?? 'low confidence';
    return entry;
  }
  const written = singularTerm(runningTextCase(seenEn, spelled.form));
  const en = written.en;
  const pos = curatedClass(partOfSpeech(en, written.pt), written.pt, origin === 'termbase' ? termbasePortuguese(t.enKey, t.ptKey) : undefined);
  const pt = agreeingPhrase(canonicalPortuguese(written.pt, pos), en);
  const th = termhood({ en, pt, enKey: t.enKey, ptKey: t.ptKey, documents: t.docs.size, known, curated: origin === 'termbase', expanded: via.has('acronym'), rate: ctx.rate, partOfSpeech: pos });
  const placement = ctx.placement(t.enKey, 'en');
  const bound = !known && (isBoundFragment(en, pt, placement, pos) || isCutPhrase(en, pt, placement) || isCutCompound(en, placement) || isHeadlessCompound(en) || isGluedMetalinguisticNoun(en, pt));
  // A graded or modified term is free even where the termbase composed it word by word; a pair the termbase has whole is not.
  const restAlone = (key: string) => ctx.placement(key, 'en');
  const graded = ((isGradedTerm(en, restAlone) || isModifiedTerm(en, restAlone)) && !shippedTermbaseIndex().byEn.has(t.enKey)) || isFramedTerm(en, t.docs.size);
  const reason = bound ? 'fragment' : graded ? 'free combination' : th.reason;
  const gender = pos === 'noun' ? grammaticalGender(pt) : undefined;
  const variants = spellingVariants(t, pt, seenPt);
  // Latin names take their capital back once every check has read the forms in small letters.
  const names = capitalisedNames(t.enForms.keys(), t.ptForms.keys(), t.examples);
  entry.en = nameCase(en, names);
  // Weighed as written, an adjective whose noun stayed out of the term is given in the masculine singular last.
  entry.pt = nameCase(headlessAdjectives(pt, en, t.examples.map((x) => x.pt)), names);
  entry.score = combinedScore(th.termhood, confidence);
  entry.termhood = th.termhood;
  entry.confidence = confidence;
  entry.partOfSpeech = pos;
  if (gender) entry.grammaticalGender = gender;
  if (variants.length > 0) entry.variants = variants;
  if (reason) entry.reason = reason;
  return entry;
}

/**
 * The termbase writes its Portuguese in dictionary form, so a form of its own that is no masculine singular adjective
 * names a noun, whatever English reads (`median ↔ mediana`, `half-life ↔ meia-vida`): it is not made masculine. (A
 * lexicon's word is read so by `partOfSpeech` itself.)
 */
function curatedClass(read: PartOfSpeech, pt: string, curated: string | undefined): PartOfSpeech {
  if (read !== 'adjective' || curated === undefined || canonicalPortuguese(pt, 'adjective') === pt) return read;
  return canonicalPortuguese(curated, 'adjective') !== curated ? 'noun' : read;
}

/** An example as an entry shows it: a score and an original language only where the tally has them. */
function example({ doc, en, pt, score, original }: Tally['examples'][number]): Keyed['examples'][number] {
  const shown: Keyed['examples'][number] = { doc, en, pt };
  if (score !== undefined) shown.score = score;
  if (original) shown.original = original;
  return shown;
}

/** Whether a word (lower case) is one of the Portuguese forms seen for the pair. */
function ptWords(t: Tally): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => (words ??= new Set([...t.ptForms.keys()].flatMap((f) => f.toLowerCase().split(' ')))).has(word);
}

/** The Portuguese forms seen that are another spelling of the entry's (pre-reform, European). */
function spellingVariants(t: Tally, pt: string, seen: (word: string) => boolean): TermVariant[] {
  const out: TermVariant[] = [];
  for (const [form, count] of t.ptForms) {
    const spelled = brazilianSpelling(form, seen);
    if (spelled.kind && form !== pt) out.push({ lang: 'pt', form, kind: spelled.kind, count });
  }
  return out;
}
