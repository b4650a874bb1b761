import type { Lang, TermPairEvidence, TermType } from '../types.js';
import type { TermCandidate } from './candidates.js';
import { cognateMatcher, englishCognateForms, portugueseCognateForms, type CognateForms } from './cognate.js';
import { CONNECTORS, fold, lemma } from './inflection.js';
import type { IndexedTerm, TermbaseIndex } from './termbase.js';
import { guessType, namesDisorder } from './guess-type.js';

/**
 * The term pairs of one aligned sentence pair: every EN candidate against
 * every PT candidate that shares a matching word with it (a termbase
 * dictionary pair or a cognate), composed word by word into a local score, or
 * anchored by a termbase entry; at most one partner per term on each side.
 */

/** Lowest cognate similarity that counts two words as a match. */
const WORD_MATCH = 0.72;
/** Lowest local score at which a composed pair is proposed. */
const PROPOSE = 0.5;

export interface Side {
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

/**
 * Types the entities stage gave to mentions, by `lang:key`; `grown`: the
 * Portuguese keys whose `diagnosis` reading is only a phrase the tagger grew
 * from a head word of its disease morphology, no lexicon name (no code, not
 * normalised to a name of diagnoses.tsv).
 */
export interface EntityTypes {
  types: Map<string, TermType>;
  grown: Set<string>;
}

export function pairEvidence(
  doc: string,
  en: Side,
  pt: Side,
  index: TermbaseIndex,
  entityTypes: EntityTypes,
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
      const scored = anchored ? { local: 1, via: 'termbase' } : composedScore(e, p, eWords, ptWords.content[pi]!, table);
      if (scored === undefined || scored.local < PROPOSE) return;
      proposals.push(proposal(doc, e, p, anchored, scored, entityTypes));
    });
  });
  return oneToOne(proposals);
}

/** Two candidates' words composed into a local score, and what it rests on; undefined when their lengths alone keep it under the bar. */
function composedScore(e: TermCandidate, p: TermCandidate, eWords: number[], pWords: number[], table: WordTable): { local: number; via: string } | undefined {
  // Every matched word adds at most 1: skip pairs whose lengths alone keep them under the bar.
  const shortest = Math.min(eWords.length, pWords.length);
  if (shortest / (2 * Math.max(eWords.length, pWords.length) - shortest) < PROPOSE) return undefined;
  const c = composeIndexed(eWords, pWords, table);
  // One kind of evidence per pair: words from the termbase dictionary only make it a termbase pair.
  let local = c.local;
  const via = c.cognate > 0 ? 'cognate' : 'termbase';
  // Position within the sentence breaks ties between otherwise equal proposals.
  local *= 1 - 0.05 * Math.abs(e.position - p.position);
  // A capitalised word spelled the same in both languages is mostly a name (Assis, Dilma), not a term.
  if (e.words.length === 1 && e.surface === p.surface && /^\p{Lu}\p{Ll}+$/u.test(e.surface)) local *= 0.6;
  return { local, via };
}

/**
 * The entities stage's type of a pair: its English mention's, else its
 * Portuguese one's. The Portuguese tagger grows findings from general head
 * words of clinical notes (`redução`, `sinal`, `bloqueio`, `alteração`),
 * which in articles also head what is no finding (`redução de custos`,
 * `sinal de rádio`): such a reading types the pair `diagnosis` only
 * where the English names a disorder too (namesDisorder), else `term`, the
 * stage still vouching for a term.
 */
function entityType(entityTypes: EntityTypes, enKey: string, ptKey: string): TermType | undefined {
  const en = entityTypes.types.get(`en:${enKey}`);
  if (en !== undefined) return en;
  const pt = entityTypes.types.get(`pt:${ptKey}`);
  return pt === 'diagnosis' && entityTypes.grown.has(`pt:${ptKey}`) && !namesDisorder(enKey) ? 'term' : pt;
}

/** The proposed pair, typed by the termbase entry that anchors it, else by the entities stage, else by its English cues. */
function proposal(
  doc: string,
  e: TermCandidate,
  p: TermCandidate,
  anchored: IndexedTerm | undefined,
  { local, via }: { local: number; via: string },
  entityTypes: EntityTypes,
): TermPairEvidence {
  const known = entityType(entityTypes, e.key, p.key);
  const type = anchored?.entry.type ?? known ?? guessType(e.key);
  const typedBy = anchored ? 'termbase' : known ? 'entity' : 'cue';
  // Termbase variants (calcinose cútis) group under the entry's preferred form.
  const enKey = anchored?.enKeys[0] ?? e.key;
  const ptKey = anchored?.ptKeys[0] ?? p.key;
  return {
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
  };
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
