import type { DocumentTerms, EntityLink, Lang, Link, Sentence, SentenceEntity, SentencePairText, TermPairEvidence, TermType } from '../types.js';
import { findAcronyms } from './acronyms.js';
import { englishCandidates, loadEnglishTagger, portugueseCandidates, type TermCandidate } from './candidates.js';
import { cognateMatcher, englishCognateForms, portugueseCognateForms, type CognateForms } from './cognate.js';
import { CONNECTORS, fold, lemma, termKey } from './morphology.js';
import { shippedTermbaseIndex, type TermbaseIndex } from './termbase.js';
import { guessType, mentionType } from './guess-type.js';
import { isNamedLongForm } from './residue.js';

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

/** Lowest cognate similarity that counts two words as a match. */
const WORD_MATCH = 0.72;
/** Lowest local score at which a composed pair is proposed. */
const PROPOSE = 0.5;

interface Side {
  text: string;
  candidates: TermCandidate[];
}

function isContent(word: string): boolean {
  return !CONNECTORS.has(fold(word));
}

const cognateMatch = cognateMatcher(WORD_MATCH);

let cells = new Float64Array(1024);
let dictionaryCells = new Uint8Array(1024);

/**
 * Word similarities of one sentence pair, EN content words (rows) × PT content
 * words (columns): 1 for a termbase dictionary pair, else the cognate
 * similarity. Every cell is filled at once: the pairing of candidates reads
 * them all before composing any pair.
 */
class WordTable {
  private readonly sims: Float64Array;
  private readonly dictionary: Uint8Array;
  constructor(
    rows: number,
    private readonly columns: number,
    inDictionary: (i: number, j: number) => boolean,
    cognate: (i: number, j: number) => number,
  ) {
    // One table is in use at a time (a sentence pair's), so its cells are the shared buffers', grown when a pair is larger.
    if (cells.length < rows * columns) {
      cells = new Float64Array(rows * columns * 2);
      dictionaryCells = new Uint8Array(rows * columns * 2);
    }
    this.sims = cells;
    this.dictionary = dictionaryCells;
    for (let i = 0, at = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++, at++) {
        if (inDictionary(i, j)) {
          this.sims[at] = 1;
          this.dictionary[at] = 1;
        } else {
          this.sims[at] = cognate(i, j);
          this.dictionary[at] = 0;
        }
      }
    }
  }
  sim(i: number, j: number): number {
    return this.sims[i * this.columns + j]!;
  }
  isDictionary(i: number, j: number): boolean {
    return this.dictionary[i * this.columns + j] === 1;
  }
}

/** Which words of each side the matching has used, reused across calls. */
let usedE = new Uint8Array(16);
let usedP = new Uint8Array(16);

/**
 * The greedy matching over word indices into a table: repeatedly the best
 * remaining cell (ties: earlier EN word, then earlier PT word), as a sort of
 * all cells followed by a scan would pick them, without building the cells.
 */
function composeIndexed(e: number[], p: number[], table: WordTable): { local: number; dictionary: number; cognate: number } {
  if (usedE.length < e.length) usedE = new Uint8Array(e.length * 2);
  if (usedP.length < p.length) usedP = new Uint8Array(p.length * 2);
  usedE.fill(0, 0, e.length);
  usedP.fill(0, 0, p.length);
  let sum = 0;
  let dictionary = 0;
  let cognate = 0;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < e.length; i++) {
      if (usedE[i]) continue;
      for (let j = 0; j < p.length; j++) {
        if (usedP[j]) continue;
        const sim = table.sim(e[i]!, p[j]!);
        if (sim > best) {
          best = sim;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedE[bi] = 1;
    usedP[bj] = 1;
    sum += best;
    if (table.isDictionary(e[bi]!, p[bj]!)) dictionary++;
    else cognate++;
  }
  const longest = Math.max(e.length, p.length);
  const shortest = Math.min(e.length, p.length);
  return { local: sum / (2 * longest - shortest), dictionary, cognate };
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

/** The document's term evidence (async: the English tagger loads on first use). */
export async function collectDocumentTerms(input: DocumentInputForTerms, options: EvidenceOptions = {}): Promise<DocumentTerms> {
  await loadEnglishTagger();
  const index = options.termbase ?? shippedTermbaseIndex();
  const byLang: Record<Lang, Map<number, Sentence>> = { en: new Map(), pt: new Map() };
  for (const s of input.sentences) byLang[s.lang].set(s.n, s);

  // Types the entities stage gave to mentions, by grouping key.
  const entityTypes = new Map<string, TermType>();
  for (const m of input.entities ?? []) {
    const type = mentionType(m);
    if (type) entityTypes.set(`${m.lang}:${termKey(wordsOf(m.text), m.lang)}`, type);
  }

  // Acronym definitions anywhere in the document, per language.
  const acronyms: Record<Lang, Map<string, string>> = { en: new Map(), pt: new Map() };
  for (const s of input.sentences) for (const d of findAcronyms(s.text)) acronyms[s.lang].set(d.short, d.long);

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

function pairEvidence(
  doc: string,
  en: Side,
  pt: Side,
  index: TermbaseIndex,
  entityTypes: Map<string, TermType>,
): TermPairEvidence[] {
  const enWords = wordIndex(en.candidates, 'en');
  const ptWords = wordIndex(pt.candidates, 'pt');
  // Each EN word's dictionary translations, looked up once per row.
  const translations = enWords.lemmas.map((l) => index.words.get(l));
  const table = new WordTable(
    enWords.words.length,
    ptWords.words.length,
    (i, j) => translations[i]?.has(ptWords.lemmas[j]!) ?? false,
    (i, j) => cognateMatch.forms(enWords.forms[i]!, ptWords.forms[j]!),
  );
  // Most EN and PT candidates of a sentence pair share no matching word, and a pair with none
  // scores 0: each EN candidate is only composed with the PT candidates holding a word one of its words matches.
  const holding: number[][] = ptWords.words.map(() => []);
  ptWords.content.forEach((words, pi) => {
    for (const j of words) holding[j]!.push(pi);
  });
  const matching = enWords.words.map((_, i) => ptWords.words.map((_, j) => j).filter((j) => table.sim(i, j) > 0));
  const reachable = new Uint8Array(pt.candidates.length);
  const proposals: TermPairEvidence[] = [];
  en.candidates.forEach((e, ei) => {
    const termbaseHits = index.byEn.get(e.key);
    const eWords = enWords.content[ei]!;
    reachable.fill(0);
    for (const i of eWords) for (const j of matching[i]!) for (const pi of holding[j]!) reachable[pi] = 1;
    // A termbase entry anchors a pair whatever its words.
    const everyPartner = termbaseHits !== undefined || eWords.length === 0;
    pt.candidates.forEach((p, pi) => {
      if (!reachable[pi] && !everyPartner) return;
      const anchored = termbaseHits?.find((t) => t.ptKeys.includes(p.key));
      let via: string;
      let local: number;
      if (anchored) {
        local = 1;
        via = 'termbase';
      } else {
        const pWords = ptWords.content[pi]!;
        // Every matched word adds at most 1: skip pairs whose lengths alone keep them under the bar.
        const shortest = Math.min(eWords.length, pWords.length);
        if (shortest / (2 * Math.max(eWords.length, pWords.length) - shortest) < PROPOSE) return;
        const c = composeIndexed(eWords, pWords, table);
        // One kind of evidence per pair: words from the termbase dictionary only make it a termbase pair.
        local = c.local;
        via = c.cognate > 0 ? 'cognate' : 'termbase';
        // Position within the sentence breaks ties between otherwise equal proposals.
        local *= 1 - 0.05 * Math.abs(e.position - p.position);
        // A capitalised word spelled the same in both languages is mostly a name (Assis, Dilma), not a term.
        if (e.words.length === 1 && e.surface === p.surface && /^\p{Lu}\p{Ll}+$/u.test(e.surface)) local *= 0.6;
      }
      if (local < PROPOSE) return;
      const known = entityTypes.get(`en:${e.key}`) ?? entityTypes.get(`pt:${p.key}`);
      const type = anchored?.entry.type ?? known ?? guessType(e.key);
      const typedBy = anchored ? 'termbase' : known ? 'entity' : 'cue';
      // Termbase variants (calcinose cútis) group under the entry's preferred form.
      const enKey = anchored?.enKeys[0] ?? e.key;
      const ptKey = anchored?.ptKeys[0] ?? p.key;
      proposals.push({
        en: enKey === e.key ? e.surface : anchored!.entry.en,
        pt: ptKey === p.key ? p.surface : anchored!.entry.pt,
        enKey,
        ptKey,
        type,
        typedBy,
        local,
        via: [via],
        doc,
        // Set by the caller once the pair is known to give evidence.
        example: -1,
      });
    });
  });
  return oneToOne(proposals);
}

/** The distinct content words of one side's candidates (with their lemmas and cognate forms), and each candidate's words as indices into them. */
function wordIndex(candidates: TermCandidate[], lang: Lang): { words: string[]; lemmas: string[]; forms: CognateForms[]; content: number[][] } {
  const at = new Map<string, number>();
  const words: string[] = [];
  const lemmas: string[] = [];
  const forms: CognateForms[] = [];
  const prepare = lang === 'en' ? englishCognateForms : portugueseCognateForms;
  const content = candidates.map((c) => {
    const out: number[] = [];
    for (const w of c.words) {
      // A word is seen in many of the sentence's candidates; connectors are remembered as -1.
      let i = at.get(w);
      if (i === undefined) {
        if (isContent(w)) {
          i = words.length;
          words.push(w);
          lemmas.push(lemma(w, lang));
          forms.push(prepare(w));
        } else i = -1;
        at.set(w, i);
      }
      if (i >= 0) out.push(i);
    }
    return out;
  });
  return { words, lemmas, forms, content };
}

/** Keep, greedily by local score, at most one partner per term on each side. */
function oneToOne(proposals: TermPairEvidence[]): TermPairEvidence[] {
  proposals.sort(
    (a, b) => b.local - a.local || b.enKey.length - a.enKey.length || (a.enKey < b.enKey ? -1 : a.enKey > b.enKey ? 1 : a.ptKey < b.ptKey ? -1 : 1),
  );
  const usedEn = new Set<string>();
  const usedPt = new Set<string>();
  const kept: TermPairEvidence[] = [];
  for (const p of proposals) {
    if (usedEn.has(p.enKey) || usedPt.has(p.ptKey)) continue;
    usedEn.add(p.enKey);
    usedPt.add(p.ptKey);
    kept.push(p);
  }
  return kept;
}

function entityEvidence(input: DocumentInputForTerms, byLang: Record<Lang, Map<number, Sentence>>, examples: ExampleList): TermPairEvidence[] {
  const byId = new Map<string, Sentence>();
  for (const m of byLang.en.values()) byId.set(m.id, m);
  for (const m of byLang.pt.values()) byId.set(m.id, m);
  const out: TermPairEvidence[] = [];
  for (const l of input.entityLinks ?? []) {
    const en = wordsOf(l.en.text);
    const pt = wordsOf(l.pt.text);
    if (en.length === 0 || pt.length === 0) continue;
    out.push({
      en: en.join(' '),
      pt: pt.join(' '),
      enKey: termKey(en, 'en'),
      ptKey: termKey(pt, 'pt'),
      type: l.type,
      typedBy: 'entity',
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
