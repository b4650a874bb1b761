import type { DocumentTerms, GlossaryEntry, GlossaryExample, KeywordPair } from '../types.js';
import { cmp } from './compare.js';
import { MAX_EXAMPLES, MAX_SOURCES, SourceDocuments } from './counting.js';
import { guessType } from './guess-type.js';
import { combinedScore } from './ranking.js';
import { CONNECTORS, fold } from './inflection.js';
import type { Keyed } from './linking.js';
import { runningTextCase, singularTerm } from './dictionary-form.js';

/**
 * The articles' own keyword pairs in the reduce: the strongest corpus
 * evidence a pair can have (the authors translated it themselves). A pair
 * the corpus also found becomes an entry of origin `keywords` and scores
 * higher; a pair the corpus did not find is added. The keyword's Portuguese
 * is the preferred form: where the corpus paired the English with another
 * Portuguese, the keyword pair outscores it in competitive linking.
 */

/**
 * Weight of one article's keyword pair in the noisy-or with the corpus score:
 * a pair the word evidence backs, and one only the lists' order gives.
 */
const CHECKED = 0.97;
const POSITIONAL = 0.9;
/** Word evidence from which a keyword pair counts as checked (as a composed term pair is proposed). */
const BACKED = 0.5;

interface KeywordTally {
  pair: KeywordPair;
  docs: SourceDocuments;
  /** Articles listing the pair. */
  listings: number;
  evidence: number;
  example: GlossaryExample;
}

/** The keyword pairs of every document, by grouping keys. */
export class KeywordPairs {
  private readonly tallies = new Map<string, KeywordTally>();

  add(doc: DocumentTerms): void {
    for (const pair of doc.keywords ?? []) {
      const key = `${pair.enKey}\u0000${pair.ptKey}`;
      let t = this.tallies.get(key);
      if (!t) {
        const example = { doc: doc.doc, en: pair.en, pt: pair.pt };
        this.tallies.set(key, (t = { pair, docs: new SourceDocuments(), listings: 0, evidence: 0, example }));
      }
      t.docs.add(doc.doc);
      t.listings++;
      t.evidence = Math.max(t.evidence, pair.evidence);
    }
  }

  /** The entries with the keyword pairs applied (see the file's comment); `entries` still carry their keys. */
  apply(entries: GlossaryEntry[]): GlossaryEntry[] {
    if (this.tallies.size === 0) return entries;
    const byKeys = new Map<string, Keyed>();
    for (const e of entries as Keyed[]) byKeys.set(`${e.enKey}\u0000${e.ptKey}`, e);
    const out = [...entries];
    for (const [key, t] of this.tallies) {
      const found = byKeys.get(key);
      if (found) strengthen(found, t);
      else out.push(entryOf(t));
    }
    return out;
  }
}

/**
 * The termhood of an author keyword the corpus does not show to be more:
 * keywords are index terms (DeCS/MeSH descriptors mostly), which name
 * population groups, places and general concepts beside medicine's terms
 * (`siblings`, `associated factors`), so they are entries whatever their
 * words, ranked below what a medical vocabulary vouches for.
 */
export const KEYWORD_TERMHOOD = 0.8;

function keywordScore(corpus: number, t: KeywordTally): number {
  const weight = t.evidence >= BACKED ? CHECKED : POSITIONAL;
  return Math.round((1 - (1 - corpus) * (1 - weight) ** t.docs.size) * 1000) / 1000;
}

function strengthen(entry: Keyed, t: KeywordTally): void {
  entry.origin = 'keywords';
  // The authors chose it as a term: whatever held it back, it is one, and its confidence is the keyword pair's.
  const confidence = keywordScore(entry.confidence ?? entry.score, t);
  entry.confidence = confidence;
  entry.termhood = Math.max(entry.termhood ?? 0, KEYWORD_TERMHOOD);
  delete entry.reason;
  // The same words spelled otherwise (an accent the prose lost: Coronavirus ↔ Coronavírus): the authors' spelling wins.
  if (entry.pt.toLowerCase() !== t.pair.pt.toLowerCase() && fold(entry.pt) === fold(t.pair.pt)) Object.assign(entry, dictionaryForm(entry.en, t.pair.pt));
  entry.score = combinedScore(entry.termhood, confidence);
  entry.count += t.listings;
  const sources = [...new Set([...entry.sources, ...t.docs.first])].sort(cmp);
  // Where a list was cut, the documents beyond it may be the same ones: the larger count is a lower bound.
  entry.documents = Math.max(entry.documents ?? entry.sources.length, t.docs.size, sources.length);
  entry.sources = sources.slice(0, MAX_SOURCES);
  if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(t.example);
}

/**
 * A keyword pair as a dictionary writes it: descriptor lists capitalise, use the plural (`Analgesics ↔ Analgésicos`)
 * and, in English, the index's inverted order (`Child, Preschool`).
 */
function dictionaryForm(en: string, pt: string): { en: string; pt: string } {
  return singularTerm(runningTextCase(naturalOrder(en, pt), pt));
}

/**
 * An English descriptor in its index's inverted order (`Hospitals, Teaching`)
 * in natural order: the one to three words after the comma, a modifier, go
 * before the head (`Teaching Hospitals`). Only where the Portuguese has no
 * comma (its descriptor is in natural order already) and the modifier is words
 * alone (`Aged, 80 and over` stays).
 */
function naturalOrder(en: string, pt: string): string {
  const parts = en.split(', ');
  if (parts.length !== 2 || pt.includes(',')) return en;
  const [head, modifier] = parts as [string, string];
  const words = modifier.split(' ');
  const word = (w: string) => /^\p{L}+(?:-\p{L}+)*$/u.test(w) && !CONNECTORS.has(w.toLowerCase());
  if (!/\p{L}/u.test(head) || words.length > 3 || !words.every(word)) return en;
  return `${modifier} ${head}`;
}

function entryOf(t: KeywordTally): Keyed {
  return {
    id: '',
    ...dictionaryForm(t.pair.en, t.pair.pt),
    type: guessType(t.pair.enKey),
    score: combinedScore(KEYWORD_TERMHOOD, keywordScore(0, t)),
    termhood: KEYWORD_TERMHOOD,
    confidence: keywordScore(0, t),
    count: t.listings,
    sources: [...t.docs.first],
    documents: t.docs.size,
    examples: [t.example],
    origin: 'keywords',
    enKey: t.pair.enKey,
    ptKey: t.pair.ptKey,
  };
}
