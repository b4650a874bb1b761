import type { DocumentTerms, Glossary, GlossaryEntry } from '../types.js';
import type { TermbaseEntry } from '../lang/termbase.js';
import { CooccurrenceTable, type AssociationOptions } from './association.js';
import { collectLinked, countCooccurrences, Keys, PAIR_SPACE, tally, type Tally } from './counting.js';
import { Nesting } from './nesting.js';
import { entryOf, type EntryContext } from './entry.js';
import { associationScore, scoreOf } from './scoring.js';
import { applyImports } from './imported.js';
import { KeywordPairs } from './keywords.js';
import { resolve, type Keyed } from './linking.js';
import { weighExpansions } from './expansions.js';
import { completesHead, confidentPairs } from './head-completion.js';

export { cmp } from './compare.js';
export { MAX_SOURCES } from './counting.js';

/**
 * The glossary's reduce step over every document's term evidence. It counts,
 * per grouping key, the aligned sentence pairs a term occurs in and how often
 * an EN and a PT term occur in the same pair (Dice association), then
 * combines that with the cognate/termbase/entity evidence into a score. Pairs
 * no evidence proposed come from corpus association alone (association.ts).
 * Memory grows with the number of distinct terms, not with documents.
 */
export interface BuildOptions {
  /** Score at or above which a pair is an entry; below it goes to `candidates`. */
  threshold?: number;
  /** Entries imported from the user's termbases; they win over statistics. */
  imported?: TermbaseEntry[];
  /** Settings of the association-only proposals, or `false` for none. */
  association?: AssociationOptions | false;
}

export const DEFAULT_THRESHOLD = 0.6;

/**
 * Build the glossary. `docs` is read in up to three passes: key frequencies
 * and evidence; co-occurrences (of the pairs evidence proposed, and of
 * frequent keys for association); examples of the association-only links.
 * Pass a function giving a fresh pass each call (or an array) to keep memory
 * flat; a one-shot iterable is read once and held.
 */
export function buildGlossary(docs: Iterable<DocumentTerms> | (() => Iterable<DocumentTerms>), options: BuildOptions = {}): Glossary {
  const pass = typeof docs === 'function' ? docs : Array.isArray(docs) ? () => docs : held([...docs]);
  const builder = new GlossaryBuilder(options);
  for (const doc of pass()) builder.add(doc);
  return builder.finish(pass);
}

/**
 * `buildGlossary` with its first pass fed by the caller, one document at a
 * time (`add`: key frequencies and evidence). `finish` reads the documents
 * again (the same ones, in the same order) for the remaining passes, which
 * look at every document's pair terms and at the rest of a few.
 */
export class GlossaryBuilder {
  private readonly enKeys = new Keys();
  private readonly ptKeys = new Keys();
  private readonly enCount = new Map<number, number>();
  private readonly ptCount = new Map<number, number>();
  private readonly tallies = new Map<string, Tally>();
  private readonly keywords = new KeywordPairs();
  private total = 0;

  constructor(private readonly options: BuildOptions = {}) {}

  add(doc: DocumentTerms): void {
    const { enKeys, ptKeys, enCount, ptCount } = this;
    for (const pair of doc.pairTerms) {
      this.total++;
      for (const k of pair.en) {
        const e = enKeys.id(k);
        enCount.set(e, (enCount.get(e) ?? 0) + 1);
      }
      for (const k of pair.pt) {
        const p = ptKeys.id(k);
        ptCount.set(p, (ptCount.get(p) ?? 0) + 1);
      }
    }
    for (const ev of doc.evidence) tally(this.tallies, ev, doc.examples, doc.doc, doc.original);
    this.keywords.add(doc);
  }

  finish(pass: () => Iterable<DocumentTerms>): Glossary {
    const { options, enKeys, ptKeys, enCount, ptCount, tallies } = this;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const { cooc, nesting } = this.countAndLink(pass);

    const keys = { en: enKeys, pt: ptKeys };
    const counts = { en: enCount, pt: ptCount };
    const total = Math.max(1, this.total);
    const context: EntryContext = {
      rate: (key, lang) => {
        const id = keys[lang].get(key);
        return id === undefined ? 0 : (counts[lang].get(id) ?? 0) / total;
      },
      independence: (key, lang) => nesting[lang].independence(keys[lang].get(key)),
      placement: (key, lang) => nesting[lang].placement(keys[lang].get(key)),
      threshold,
    };
    const scored: Keyed[] = [];
    const acronyms: Parameters<typeof weighExpansions>[1] = [];
    const under: number[] = [];
    const all = [...tallies.values()];
    for (const t of all) {
      const e = enKeys.get(t.enKey);
      const p = ptKeys.get(t.ptKey);
      const together = e !== undefined && p !== undefined ? (cooc.get(e * PAIR_SPACE + p) ?? 0) : 0;
      const dice = together > 0 ? (2 * together) / ((enCount.get(e!) ?? 0) + (ptCount.get(p!) ?? 0)) : 0;
      const entry = entryOf(t, t.linked ? associationScore(t.linked, t.docs.size) : scoreOf(t, dice, together), context);
      if (entry.reason === 'low confidence' && !t.linked) under.push(scored.length);
      scored.push(entry);
    }
    // A phrase under the bar whose modifiers are a confident pair of their own is put at the bar (head-completion.ts).
    const confident = confidentPairs(scored, threshold);
    for (const i of under) if (completesHead(all[i]!, confident)) scored[i] = entryOf(all[i]!, threshold, context);
    all.forEach((t, i) => {
      if (t.expands) acronyms.push({ entry: scored[i]!, expands: t.expands, known: t.known > 0 || scored[i]!.origin === 'termbase' });
    });
    weighExpansions(scored, acronyms);

    const imported = options.imported ?? [];
    return resolve(applyImports(this.keywords.apply(scored), imported, enKeys, ptKeys), threshold);
  }

  /**
   * The co-occurrence pass, and the association-only links with their tallies.
   * The association's table (every frequent key pair's count, ~10 MB at 1,000
   * documents) is this method's own, so it is garbage once the links are
   * chosen: held in `finish`'s frame, every full collection of the entries
   * that follow would mark it again (docs/performance.md, "Round sixteen").
   */
  private countAndLink(pass: () => Iterable<DocumentTerms>): { cooc: Map<number, number>; nesting: { en: Nesting; pt: Nesting } } {
    const { options, enKeys, ptKeys, enCount, ptCount, tallies } = this;
    const cooc = new Map<number, number>();
    const table = options.association === false ? undefined : new CooccurrenceTable(enCount, ptCount, options.association);
    const nesting = { en: new Nesting(enCount), pt: new Nesting(ptCount) };
    countCooccurrences(pass(), tallies, enKeys, ptKeys, cooc, table, nesting);
    if (table) {
      const links = table.link(this.total, (id) => enKeys.key(id), (id) => ptKeys.key(id));
      const fresh = links.filter((l) => !tallies.has(`${enKeys.key(l.en)}\u0000${ptKeys.key(l.pt)}`));
      if (fresh.length > 0) collectLinked(pass(), fresh, enKeys, ptKeys, tallies);
    }
    return { cooc, nesting };
  }
}

function held(docs: DocumentTerms[]): () => Iterable<DocumentTerms> {
  return () => docs;
}
