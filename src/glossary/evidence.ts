import type { DocumentTerms, EntityLink, Lang, Link, Sentence, SentenceEntity, SentencePairText, TermPairEvidence, TermType } from '../types.js';
import { findAcronyms } from './acronyms.js';
import { englishCandidates, loadEnglishTagger, portugueseCandidates, type TermCandidate } from './candidates.js';
import { fold, termKey } from './inflection.js';
import { shippedTermbaseIndex, type TermbaseIndex } from './termbase.js';
import { guessType, mentionType } from './guess-type.js';
import { isDiagnosisName } from './lexicon-type.js';
import { isNamedLongForm } from './residue.js';
import { pairEvidence, type EntityTypes, type Side } from './term-pairs.js';

/**
 * The glossary's map step: the term pair evidence of one document. For each
 * aligned sentence pair it proposes EN↔PT term pairs from the termbase, from
 * cognates composed word by word (`subcutaneous tissue` ↔ `tecido
 * subcutâneo`), from the entities stage's cross-lingual links and from
 * acronyms; the corpus-level reduce (`build.ts`) weighs them.
 */
export interface DocumentInputForTerms {
  doc: string;
  sentences: Sentence[];
  alignment: Link[];
  entities?: SentenceEntity[];
  entityLinks?: EntityLink[];
}

export interface EvidenceOptions {
  /** Termbase to anchor on; the shipped one by default (add imported entries here). */
  termbase?: TermbaseIndex;
}

function sideOf(sentences: Map<number, Sentence>, numbers: number[]): string {
  return numbers
    .map((n) => sentences.get(n)?.text ?? '')
    .filter((t) => t !== '')
    .join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/**
 * The types the entities stage gave to mentions, by grouping key (a key's last
 * mention's), and the Portuguese keys read as a diagnosis only by phrases grown
 * from a head word: a key is grown when one of its diagnosis mentions is, and
 * none is a lexicon name (a code, or normalised to a name of diagnoses.tsv).
 */
export function entityTypesOf(entities: SentenceEntity[]): EntityTypes {
  const entityTypes: EntityTypes = { types: new Map(), grown: new Set() };
  const named = new Set<string>();
  for (const m of entities) {
    const type = mentionType(m);
    if (!type) continue;
    const key = `${m.lang}:${termKey(wordsOf(m.text), m.lang)}`;
    entityTypes.types.set(key, type);
    if (m.lang !== 'pt' || type !== 'diagnosis') continue;
    if (m.code === undefined && !isDiagnosisName(m.normalized)) entityTypes.grown.add(key);
    else named.add(key);
  }
  for (const key of named) entityTypes.grown.delete(key);
  return entityTypes;
}

/** The document's term evidence (async: the English tagger loads on first use). */
export async function collectDocumentTerms(input: DocumentInputForTerms, options: EvidenceOptions = {}): Promise<DocumentTerms> {
  await loadEnglishTagger();
  const index = options.termbase ?? shippedTermbaseIndex();
  const byLang: Record<Lang, Map<number, Sentence>> = { en: new Map(), pt: new Map() };
  for (const s of input.sentences) byLang[s.lang].set(s.n, s);

  const entityTypes = entityTypesOf(input.entities ?? []);

  // Acronym definitions anywhere in the document, per language; and, for each acronym, how many of its definitions in either language give a name as long form.
  const acronyms: Record<Lang, Map<string, string>> = { en: new Map(), pt: new Map() };
  const namings = new Map<string, Namings>();
  for (const s of input.sentences) {
    for (const d of findAcronyms(s.text)) {
      acronyms[s.lang].set(d.short, d.long);
      const n = namings.get(d.short) ?? { named: 0, all: 0, ptNamed: 0, ptAll: 0 };
      const isName = isNamedLongForm(d.long);
      n.all++;
      if (isName) n.named++;
      if (s.lang === 'pt') {
        n.ptAll++;
        if (isName) n.ptNamed++;
      }
      namings.set(d.short, n);
    }
  }

  const terms = emptyTerms(input.doc);
  const examples = new ExampleList(terms.examples);
  const surfaces: Record<Lang, SurfaceCounts> = { en: new SurfaceCounts(), pt: new SurfaceCounts() };

  for (const link of input.alignment) {
    if (link.en.length === 0 || link.pt.length === 0) continue;
    const en: Side = { text: sideOf(byLang.en, link.en), candidates: [] };
    const pt: Side = { text: sideOf(byLang.pt, link.pt), candidates: [] };
    if (en.text === '' || pt.text === '') continue;
    en.candidates = withAcronymExpansions(englishCandidates(en.text), acronyms.en, 'en');
    pt.candidates = withAcronymExpansions(portugueseCandidates(pt.text), acronyms.pt, 'pt');
    terms.pairs++;
    terms.pairTerms.push({ en: unique(en.candidates.map((c) => c.key)), pt: unique(pt.candidates.map((c) => c.key)) });
    for (const c of en.candidates) surfaces.en.note(c);
    for (const c of pt.candidates) surfaces.pt.note(c);
    const proposals = pairEvidence(input.doc, en, pt, index, entityTypes);
    // Only a pair that gave evidence is stored as an example.
    if (proposals.length > 0) {
      const example = examples.of(en.text, pt.text, link.score);
      for (const p of proposals) p.example = example;
      terms.evidence.push(...proposals);
    }
  }

  terms.evidence.push(...entityEvidence(input, byLang, examples));
  terms.evidence.push(...acronymEvidence(terms.evidence, acronyms));
  markNamedAcronyms(terms.evidence, namings);

  for (const lang of ['en', 'pt'] as const) surfaces[lang].writeTo(terms.surfaces[lang]);
  return terms;
}

/** The terms of a document that yields none (and where collecting them starts). */
export function emptyTerms(doc: string): DocumentTerms {
  return { doc, pairs: 0, pairTerms: [], surfaces: { en: {}, pt: {} }, evidence: [], examples: [] };
}

/**
 * How often each key was written in each form in a document, to show its
 * most frequent form. Most keys are only ever written as themselves, so only
 * the other forms get a count of their own; the key's own form is what
 * remains of its total.
 */
class SurfaceCounts {
  /** Occurrences per key, in the order keys were first seen. */
  private readonly total = new Map<string, number>();
  private readonly others = new Map<string, Map<string, number>>();

  note(c: TermCandidate): void {
    this.total.set(c.key, (this.total.get(c.key) ?? 0) + 1);
    if (c.surface === c.key) return;
    let forms = this.others.get(c.key);
    if (!forms) this.others.set(c.key, (forms = new Map()));
    forms.set(c.surface, (forms.get(c.surface) ?? 0) + 1);
  }

  /** The keys whose most frequent form is not the key itself (readers fall back to the key), in first-seen order. */
  writeTo(out: Record<string, string>): void {
    for (const [key, total] of this.total) {
      const forms = this.others.get(key);
      if (!forms) continue;
      let own = total;
      for (const n of forms.values()) own -= n;
      if (own > 0) forms.set(key, own);
      const surface = mostFrequent(forms);
      if (surface !== key) out[key] = surface;
    }
  }
}

/** A document's example sentence pairs, each stored once; evidence refers to them by index. */
class ExampleList {
  private readonly at = new Map<string, number>();
  constructor(private readonly list: SentencePairText[]) {}
  of(en: string, pt: string, score?: number): number {
    const key = `${en}\u0000${pt}`;
    let i = this.at.get(key);
    if (i === undefined) {
      this.at.set(key, (i = this.list.length));
      this.list.push(score === undefined ? { en, pt } : { en, pt, score: Math.round(score * 1000) / 1000 });
    }
    return i;
  }
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

function mostFrequent(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/** An acronym stands for its long form too, so `SLE` in one language meets `lúpus eritematoso sistêmico` in the other. */
function withAcronymExpansions(candidates: TermCandidate[], defined: Map<string, string>, lang: Lang): TermCandidate[] {
  // Most documents define no acronym in a language.
  if (defined.size === 0) return candidates;
  const out = [...candidates];
  const keys = new Set(candidates.map((c) => c.key));
  for (const c of candidates) {
    const long = defined.get(c.surface);
    if (!long) continue;
    const words = long.split(/\s+/);
    const key = termKey(words, lang);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ surface: long.replace(/^\p{Lu}(?=\p{Ll})/u, (ch) => ch.toLowerCase()), words, key, position: c.position });
  }
  return out;
}

function entityEvidence(input: DocumentInputForTerms, byLang: Record<Lang, Map<number, Sentence>>, examples: ExampleList): TermPairEvidence[] {
  const byId = new Map<string, Sentence>();
  for (const m of byLang.en.values()) byId.set(m.id, m);
  for (const m of byLang.pt.values()) byId.set(m.id, m);
  const out: TermPairEvidence[] = [];
  // The mentions linked, by sentence and offset: a link's type is read as a mention's is (mentionType).
  const mentions = new Map<string, SentenceEntity>();
  for (const m of input.entities ?? []) mentions.set(`${m.sentence}:${m.start}`, m);
  for (const l of input.entityLinks ?? []) {
    const en = wordsOf(l.en.text);
    const pt = wordsOf(l.pt.text);
    if (en.length === 0 || pt.length === 0) continue;
    const mention = mentions.get(`${l.en.sentence}:${l.en.start}`);
    const type = mention ? mentionType(mention) : l.type;
    const enKey = termKey(en, 'en');
    out.push({
      en: en.join(' '),
      pt: pt.join(' '),
      enKey,
      ptKey: termKey(pt, 'pt'),
      // A reading the entities stage's type does not stand for (a value after a word) leaves the type to the term's words.
      ...(type ? { type, typedBy: 'entity' as const } : { type: guessType(enKey) }),
      local: Math.max(0, Math.min(1, l.score)),
      via: ['entity'],
      doc: input.doc,
      example: examples.of(byId.get(l.en.sentence)?.text ?? l.en.text, byId.get(l.pt.sentence)?.text ?? l.pt.text, l.score),
    });
  }
  return out;
}

/** When the long forms of two acronyms pair up, the acronyms pair up too (SLE ↔ LES). */
function acronymEvidence(evidence: TermPairEvidence[], acronyms: Record<Lang, Map<string, string>>): TermPairEvidence[] {
  const out: TermPairEvidence[] = [];
  const seen = new Set<string>();
  for (const [enShort, enLong] of acronyms.en) {
    const enKey = termKey(enLong.split(/\s+/), 'en');
    for (const [ptShort, ptLong] of acronyms.pt) {
      const ptKey = termKey(ptLong.split(/\s+/), 'pt');
      const pair = evidence.find((e) => e.enKey === enKey && e.ptKey === ptKey);
      if (!pair || seen.has(`${enShort}\u0000${ptShort}`)) continue;
      seen.add(`${enShort}\u0000${ptShort}`);
      out.push({
        ...pair,
        en: enShort,
        pt: ptShort,
        enKey: fold(enShort),
        ptKey: fold(ptShort),
        via: ['acronym'],
        expands: { enKey, ptKey },
        ...(isNamedLongForm(enLong) && { standsForName: true }),
      });
    }
  }
  return out;
}

/** How many of an acronym's definitions in a document give a name as long form, in both languages and in Portuguese alone. */
interface Namings {
  named: number;
  all: number;
  ptNamed: number;
  ptAll: number;
}

/**
 * An acronym copied alike to both sides that the document defines, in either
 * language, by a name (`Sistema Único de Saúde (SUS)`, `Food and Drug
 * Administration (FDA)`) stands for that name: no term, whatever pairs it.
 * All its definitions count, not only the last one read (an article may
 * define it again in other words): it is a name when more than half of them
 * give a name, so a heading's Title Case (`Hazard Ratio (HR)`) does not
 * outweigh the text's small letters. On a tie the Portuguese definitions
 * decide: Portuguese writes only names with capitals, where English capitalises
 * terms in titles and headings too, so a name in Title Case on the Portuguese
 * side against small letters in the English is a name, and Title Case in the
 * English alone is not. A plural (`SUSs`, `LACENs`: one per state) stands for
 * the name its singular's definitions give. An acronym the document defines
 * and that is no name is marked `definedAsTerm`: what it stands for is a term,
 * whatever a general dictionary says the letters name; `definedInPortuguese`
 * too where a Portuguese definition spells the same letters out.
 */
function markNamedAcronyms(evidence: TermPairEvidence[], namings: Map<string, Namings>): void {
  const named = (n: Namings) => 2 * n.named > n.all || (2 * n.named === n.all && n.ptAll > 0 && 2 * n.ptNamed >= n.ptAll);
  for (const e of evidence) {
    if (e.standsForName || e.en !== e.pt) continue;
    const n = namings.get(e.en) ?? (PLURAL_ACRONYM.test(e.en) ? namings.get(e.en.slice(0, -1)) : undefined);
    if (n === undefined) continue;
    if (named(n)) e.standsForName = true;
    else {
      e.definedAsTerm = true;
      if (n.ptAll > 0) e.definedInPortuguese = true;
    }
  }
}

/** An acronym with a plural `s` (`LACENs`): capitals or digits, then a small `s`. */
const PLURAL_ACRONYM = /^\p{Lu}[\p{Lu}\d-]+s$/u;
