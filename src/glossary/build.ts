import type { DocumentTerms, Glossary, GlossaryEntry, GlossaryExample, SentencePairText, TermPairEvidence, TermType } from '../types.js';
import type { TermbaseEntry } from './termbase.js';
import { indexTermbase } from './termbase.js';
import { CONNECTORS, fold, isEnglishVerb, isPluralWord, isUncountable, pluralSurface, singularSurface } from './morphology.js';
import { CooccurrenceTable, type AssociationLink, type AssociationOptions } from './association.js';
import { guessType } from './types.js';
import { dictionaryFor } from '../clean/dictionary.js';

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
const MAX_EXAMPLES = 3;
/**
 * Source documents listed per entry, the first by id; `documents` counts them all.
 * Every id of a frequent pair would make the reduce's memory grow with the corpus
 * (10,000 → 20,000 documents: +38 MB, mostly these lists).
 */
export const MAX_SOURCES = 100;

/** Weight of each kind of evidence in the noisy-or that makes the score. */
const WEIGHT = { termbase: 0.95, imported: 1, cognate: 0.85, entity: 0.8, acronym: 0.85, association: 0.5 };
/**
 * Ceiling of a pair backed by corpus association alone: co-occurrence can
 * mislead (a frequent neighbour, a collocation), so such a pair scores below
 * termbase- and cognate-backed ones unless its evidence is strong.
 */
const ASSOCIATION_ONLY = 0.85;

interface Tally {
  enKey: string;
  ptKey: string;
  count: number;
  docs: SourceDocuments;
  best: Record<string, number>;
  enForms: Map<string, number>;
  ptForms: Map<string, number>;
  /**
   * How often an EN form and a PT form made one piece of evidence (seen in one
   * aligned sentence pair), keyed `en\u0000pt`. Association-only pairs have none:
   * their forms are each document's most frequent ones, not seen together.
   */
  together: Map<string, number>;
  types: Map<TermType, number>;
  examples: Array<GlossaryExample & { local: number }>;
  /** Set when the pair comes from corpus association alone. */
  linked?: AssociationLink;
}

/**
 * The documents a pair was seen in: how many, and the first MAX_SOURCES ids in
 * id order. Each pass reads one document at a time, so a document's evidence
 * comes together and a repeat of the last id is the same document.
 */
class SourceDocuments {
  size = 0;
  readonly first: string[] = [];
  private last: string | undefined;

  add(id: string): void {
    if (id === this.last) return;
    this.last = id;
    const list = this.first;
    // Documents mostly come in id order, so the place is usually the end.
    let at = list.length;
    while (at > 0 && cmp(id, list[at - 1]!) < 0) at--;
    // An id met before, apart from the last (a corpus repeating an id), counts once while it is listed.
    if (list[at - 1] === id) return;
    this.size++;
    if (at === MAX_SOURCES) return;
    list.splice(at, 0, id);
    if (list.length > MAX_SOURCES) list.pop();
  }
}

/** Interns grouping keys as small integers, so co-occurrence counts fit in a numeric map. */
class Keys {
  private ids = new Map<string, number>();
  private keys: string[] = [];
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      this.ids.set(key, (i = this.ids.size));
      this.keys.push(key);
    }
    return i;
  }
  get(key: string): number | undefined {
    return this.ids.get(key);
  }
  key(id: number): string {
    return this.keys[id]!;
  }
}

const PAIR_SPACE = 2 ** 26;

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
    for (const ev of doc.evidence) tally(this.tallies, ev, doc.examples, doc.doc);
  }

  finish(pass: () => Iterable<DocumentTerms>): Glossary {
    const { options, enKeys, ptKeys, enCount, ptCount, tallies } = this;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const cooc = new Map<number, number>();
    const table = options.association === false ? undefined : new CooccurrenceTable(enCount, ptCount, options.association);
    countCooccurrences(pass(), tallies, enKeys, ptKeys, cooc, table);
    if (table) {
      const links = table.link(this.total, (id) => enKeys.key(id), (id) => ptKeys.key(id));
      const fresh = links.filter((l) => !tallies.has(`${enKeys.key(l.en)}\u0000${ptKeys.key(l.pt)}`));
      if (fresh.length > 0) collectLinked(pass(), fresh, enKeys, ptKeys, tallies);
    }

    const scored: GlossaryEntry[] = [];
    for (const t of tallies.values()) {
      const e = enKeys.get(t.enKey);
      const p = ptKeys.get(t.ptKey);
      const together = e !== undefined && p !== undefined ? (cooc.get(e * PAIR_SPACE + p) ?? 0) : 0;
      const dice = together > 0 ? (2 * together) / ((enCount.get(e!) ?? 0) + (ptCount.get(p!) ?? 0)) : 0;
      scored.push(entryOf(t, t.linked ? associationScore(t.linked, t.docs.size) : scoreOf(t, dice, together)));
    }

    const imported = options.imported ?? [];
    return resolve(applyImports(scored, imported, enKeys, ptKeys), threshold);
  }
}

function held(docs: DocumentTerms[]): () => Iterable<DocumentTerms> {
  return () => docs;
}

/** An empty tally for an EN/PT key pair, registered under its id. */
function newTally(tallies: Map<string, Tally>, enKey: string, ptKey: string, linked?: AssociationLink): Tally {
  const t: Tally = { enKey, ptKey, count: 0, docs: new SourceDocuments(), best: {}, enForms: new Map(), ptForms: new Map(), together: new Map(), types: new Map(), examples: [], linked };
  tallies.set(`${enKey}\u0000${ptKey}`, t);
  return t;
}

/**
 * Count one piece of evidence. `docId` is the document's id as one string: the
 * sets of source documents then share it, where JSON.parse gives each piece of
 * evidence its own copy of an id longer than ten characters (32 bytes each, a
 * third of a million of them at 10,000 documents).
 */
function tally(tallies: Map<string, Tally>, ev: TermPairEvidence, examples: SentencePairText[], docId: string): void {
  const t = tallies.get(`${ev.enKey}\u0000${ev.ptKey}`) ?? newTally(tallies, ev.enKey, ev.ptKey);
  t.count++;
  t.docs.add(ev.doc === docId ? docId : ev.doc);
  for (const v of ev.via) t.best[v] = Math.max(t.best[v] ?? 0, ev.local);
  t.enForms.set(ev.en, (t.enForms.get(ev.en) ?? 0) + 1);
  t.ptForms.set(ev.pt, (t.ptForms.get(ev.pt) ?? 0) + 1);
  seenTogether(t, ev.en, ev.pt);
  t.types.set(ev.type, (t.types.get(ev.type) ?? 0) + 1);
  const example = examples[ev.example]!;
  keepExample(t.examples, { doc: ev.doc, en: example.en, pt: example.pt, local: ev.local });
}

/**
 * Sentence pairs holding both terms of a proposed pair (pairs no evidence
 * proposed are never scored, so not counted), and, in the same pass, the
 * frequent keys' co-occurrences for association.
 */
function countCooccurrences(
  docs: Iterable<DocumentTerms>,
  tallies: Map<string, Tally>,
  enKeys: Keys,
  ptKeys: Keys,
  cooc: Map<number, number>,
  table: CooccurrenceTable | undefined,
): void {
  const partners = new Map<number, Set<number>>();
  for (const t of tallies.values()) {
    const e = enKeys.get(t.enKey);
    const p = ptKeys.get(t.ptKey);
    if (e === undefined || p === undefined) continue;
    let set = partners.get(e);
    if (!set) partners.set(e, (set = new Set()));
    set.add(p);
  }
  for (const doc of docs) {
    for (const pair of doc.pairTerms) {
      const en = pair.en.map((k) => enKeys.get(k) ?? -1);
      const pt = pair.pt.map((k) => ptKeys.get(k) ?? -1);
      table?.add(en, pt);
      for (const e of en) {
        const set = partners.get(e);
        if (!set) continue;
        for (const p of pt) if (set.has(p)) cooc.set(e * PAIR_SPACE + p, (cooc.get(e * PAIR_SPACE + p) ?? 0) + 1);
      }
    }
  }
}

/**
 * Tallies for the association-only links: the documents, surface forms and
 * example sentence pairs where both terms occur in one aligned pair. The
 * example is the evidence sentence pair of that document holding both forms.
 */
function collectLinked(docs: Iterable<DocumentTerms>, links: AssociationLink[], enKeys: Keys, ptKeys: Keys, tallies: Map<string, Tally>): void {
  const byEn = new Map<string, { link: AssociationLink; tally: Tally }>();
  for (const link of links) {
    const t = newTally(tallies, enKeys.key(link.en), ptKeys.key(link.pt), link);
    byEn.set(t.enKey, { link, tally: t });
  }
  for (const doc of docs) {
    let found: Tally[] | undefined;
    for (const pair of doc.pairTerms) {
      for (const k of pair.en) {
        const hit = byEn.get(k);
        if (!hit || !pair.pt.includes(hit.tally.ptKey)) continue;
        hit.tally.count++;
        (found ??= []).push(hit.tally);
      }
    }
    if (!found) continue;
    let lowered: Array<{ en: string; pt: string }> | undefined;
    const typeOf = new Map<string, TermType>();
    for (const ev of doc.evidence) if (!typeOf.has(ev.enKey)) typeOf.set(ev.enKey, ev.type);
    for (const t of new Set(found)) {
      t.docs.add(doc.doc);
      const en = doc.surfaces.en[t.enKey] ?? t.enKey;
      const pt = doc.surfaces.pt[t.ptKey] ?? t.ptKey;
      t.enForms.set(en, (t.enForms.get(en) ?? 0) + 1);
      t.ptForms.set(pt, (t.ptForms.get(pt) ?? 0) + 1);
      const type = typeOf.get(t.enKey) ?? guessType(t.enKey);
      t.types.set(type, (t.types.get(type) ?? 0) + 1);
      // Examples are kept by document id; a later id cannot enter a full list, so it is not looked for.
      if (t.examples.length === MAX_EXAMPLES && cmp(doc.doc, t.examples[MAX_EXAMPLES - 1]!.doc) > 0) continue;
      const low = (lowered ??= doc.examples.map((ex) => ({ en: ex.en.toLowerCase(), pt: ex.pt.toLowerCase() })));
      const enForm = en.toLowerCase();
      const ptForm = pt.toLowerCase();
      // The first evidence whose sentence pair holds both forms.
      const at = doc.evidence.find((ev) => holds(low[ev.example]!.en, enForm) && holds(low[ev.example]!.pt, ptForm));
      const example = at === undefined ? undefined : doc.examples[at.example];
      if (example) keepExample(t.examples, { doc: doc.doc, en: example.en, pt: example.pt, local: t.linked!.dice });
    }
  }
}

function seenTogether(t: Tally, en: string, pt: string): void {
  const key = `${en}\u0000${pt}`;
  t.together.set(key, (t.together.get(key) ?? 0) + 1);
}

/** Whether a lower-cased sentence holds a lower-cased term form as whole words. */
function holds(sentence: string, form: string): boolean {
  const at = sentence.indexOf(form);
  if (at < 0) return false;
  const before = sentence[at - 1];
  const after = sentence[at + form.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/**
 * Score of a pair from association alone: Dice, trusted more with each
 * further co-occurrence and each further document (one document repeating
 * a phrase is weak evidence), under the association-only ceiling.
 */
function associationScore(link: AssociationLink, docs: number): number {
  return round(ASSOCIATION_ONLY * link.dice * (1 - 0.5 ** (link.together - 1)) * (1 - 0.5 ** docs));
}

/**
 * Noisy-or of the evidence: each kind alone can make a pair likely, and they
 * reinforce each other. Association over the corpus counts more the more
 * documents attest the pair, so a term seen in many articles scores higher.
 */
function scoreOf(t: Tally, dice: number, together: number): number {
  const support = 1 - 0.5 ** t.docs.size;
  // One co-occurrence says nothing about association; each further one halves the doubt.
  let miss = 1 - WEIGHT.association * dice * (1 - 0.5 ** Math.max(0, together - 1));
  for (const [via, local] of Object.entries(t.best)) {
    const w = WEIGHT[via as keyof typeof WEIGHT] ?? 0;
    // Evidence from more documents is more trustworthy: 1 doc counts 0.85, many approach 1.
    miss *= 1 - w * local * (0.85 + 0.15 * support);
  }
  return round(1 - miss);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function keepExample(list: Array<GlossaryExample & { local: number }>, ex: GlossaryExample & { local: number }): void {
  if (list.some((x) => x.doc === ex.doc && x.en === ex.en && x.pt === ex.pt)) return;
  list.push(ex);
  list.sort((a, b) => b.local - a.local || cmp(a.doc, b.doc) || cmp(a.en, b.en) || cmp(a.pt, b.pt));
  if (list.length > MAX_EXAMPLES) list.length = MAX_EXAMPLES;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function top<T extends string>(m: Map<T, number>): T {
  return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}

/**
 * The head of a term, whose number is the term's: in English its last word
 * before `of` (management of complications is singular), a trailing number or
 * code aside (mitotic indices 2); in Portuguese its first word (síndromes
 * overlap, manejo das complicações).
 */
function head(form: string, lang: 'en' | 'pt'): string | undefined {
  const words = form.split(' ');
  if (lang === 'pt') return words[0];
  const of = words.indexOf('of');
  return words
    .slice(0, of > 0 ? of : words.length)
    .reverse()
    .find((w) => /\p{L}/u.test(w));
}

/**
 * The PT form to show beside the EN form, agreeing with it in number as a
 * translator expects (bilateral ↔ bilateral, children ↔ crianças): the agreeing
 * form seen most often in the same sentence pairs as the EN form, else the
 * agreeing form seen most often, else the form seen with the EN form
 * inflected to its number. English adjectives have no number; one standing
 * alone reads as singular, so its Portuguese adjective is made singular too.
 * An uncountable EN head (equipment, politics) prefers a singular it was seen with.
 */
function ptForm(t: Tally, en: string): string {
  const withEn = new Map<string, number>();
  for (const [pair, n] of t.together) {
    const [e, p] = pair.split('\u0000') as [string, string];
    if (e === en) withEn.set(p, n);
  }
  const enHead = head(en, 'en');
  if (enHead === undefined) return withEn.size > 0 ? topBy(withEn, t.ptForms) : top(t.ptForms);
  const uncountable = isUncountable(enHead);
  const plural = !uncountable && isPluralWord(enHead, 'en');
  const agrees = (f: string) => isPluralWord(head(f, 'pt')!, 'pt') === plural;
  const seen = (m: Map<string, number>) => new Map([...m].filter(([f]) => agrees(f)));
  const together = seen(withEn);
  if (together.size > 0) return topBy(together, t.ptForms);
  const agreeing = seen(t.ptForms);
  if (agreeing.size > 0) return top(agreeing);
  const form = withEn.size > 0 ? topBy(withEn, t.ptForms) : top(t.ptForms);
  // An uncountable noun reads as singular but is often rendered by a plural (information ↔ informações): no form is made up for it.
  if (uncountable) return form;
  // An English verb form (promotes) beside a Portuguese one (promove) is no plural noun.
  if (plural && isEnglishVerb(enHead)) return form;
  return inflect(form, plural);
}

/** The most frequent form of `m`, ties broken by the overall counts in `all`, then alphabetically. */
function topBy(m: Map<string, number>, all: Map<string, number>): string {
  return [...m].sort((a, b) => b[1] - a[1] || (all.get(b[0]) ?? 0) - (all.get(a[0]) ?? 0) || cmp(a[0], b[0]))[0]![0];
}

/** A Portuguese infinitive (responder, dificultar) paired with an English plural is a verb, not a noun to make plural. */
const INFINITIVE = /[aei]r$/;

/**
 * A Portuguese term in the other number: the words before its first
 * connector (the head and the adjectives agreeing with it; a `de` phrase
 * keeps its own number), as in complicações secundárias → complicação secundária.
 * Only a single word is made plural: a plural EN term seen only beside a
 * singular PT phrase is mostly a free rendering (females ↔ sexo feminino),
 * which a made-up plural would spoil.
 */
function inflect(form: string, plural: boolean): string {
  const words = form.split(' ');
  if (plural && (words.length > 1 || INFINITIVE.test(form))) return form;
  for (let i = 0; i < words.length && !CONNECTORS.has(fold(words[i]!)); i++) {
    const w = words[i]!;
    // Acronyms (DPOC) and capitalised names (Pseudomonas, a questionnaire's English title) stay as written.
    if (w[0] !== w[0]!.toLowerCase() || w === w.toUpperCase()) {
      if (i === 0) return form;
      continue;
    }
    const other = plural ? pluralSurface(w, 'pt') : singularSurface(w, 'pt');
    // The rules miss invariant words (simples, pires); a form the dictionary lacks is not made up.
    if (other !== w && dictionaryFor('pt').has(other)) words[i] = other;
    // A head left as written leaves its adjectives as written too (Pneumonias bacterianas).
    else if (i === 0) return form;
  }
  return words.join(' ');
}

function entryOf(t: Tally, score: number): GlossaryEntry {
  const origin = t.best.termbase === 1 && !t.best.cognate ? 'termbase' : 'corpus';
  const en = top(t.enForms);
  return {
    id: '',
    en,
    pt: ptForm(t, en),
    type: top(t.types),
    score,
    count: t.count,
    sources: [...t.docs.first],
    documents: t.docs.size,
    examples: t.examples.map(({ doc, en, pt }) => ({ doc, en, pt })),
    origin,
    // Keys travel with the entry until `resolve` assigns ids.
    ...({ enKey: t.enKey, ptKey: t.ptKey } as object),
  };
}

type Keyed = GlossaryEntry & { enKey: string; ptKey: string };

/** Imported pairs replace whatever the corpus paired their terms with. */
function applyImports(entries: GlossaryEntry[], imported: TermbaseEntry[], enKeys: Keys, ptKeys: Keys): GlossaryEntry[] {
  if (imported.length === 0) return entries;
  const index = indexTermbase(imported);
  const out: GlossaryEntry[] = [];
  const taken = new Map<string, Keyed>();
  for (const entry of entries as Keyed[]) {
    const hit = index.byEn.get(entry.enKey)?.[0] ?? index.byPt.get(entry.ptKey)?.[0];
    if (!hit) {
      out.push(entry);
      continue;
    }
    const key = `${hit.enKeys[0]}\u0000${hit.ptKeys[0]}`;
    const merged = taken.get(key);
    if (merged) {
      merged.count += entry.count;
      const sources = [...new Set([...merged.sources, ...entry.sources])].sort(cmp);
      const count = (e: GlossaryEntry) => e.documents ?? e.sources.length;
      const cut = count(merged) > merged.sources.length || count(entry) > entry.sources.length;
      // Where a list was cut, the two may share unlisted documents: the larger count is a lower bound that never counts one twice.
      merged.documents = cut ? Math.max(count(merged), count(entry), sources.length) : sources.length;
      merged.sources = sources.slice(0, MAX_SOURCES);
      if (merged.examples.length < MAX_EXAMPLES) merged.examples.push(...entry.examples.slice(0, MAX_EXAMPLES - merged.examples.length));
      continue;
    }
    const replaced: Keyed = {
      ...entry,
      en: hit.entry.en,
      pt: hit.entry.pt,
      type: hit.entry.type,
      score: 1,
      origin: 'imported',
      enKey: hit.enKeys[0]!,
      ptKey: hit.ptKeys[0]!,
    };
    taken.set(key, replaced);
    out.push(replaced);
  }
  // Imported terms the corpus mentions but never paired still belong in the glossary.
  for (const t of index.byEn.values()) {
    for (const hit of t) {
      const key = `${hit.enKeys[0]}\u0000${hit.ptKeys[0]}`;
      if (taken.has(key)) continue;
      if (!hit.enKeys.some((k) => enKeys.get(k) !== undefined) && !hit.ptKeys.some((k) => ptKeys.get(k) !== undefined)) continue;
      const e: Keyed = {
        id: '',
        en: hit.entry.en,
        pt: hit.entry.pt,
        type: hit.entry.type,
        score: 1,
        count: 0,
        sources: [],
        examples: [],
        origin: 'imported',
        enKey: hit.enKeys[0]!,
        ptKey: hit.ptKeys[0]!,
      };
      taken.set(key, e);
      out.push(e);
    }
  }
  return out;
}

/**
 * Competitive linking: best pairs first, each EN and PT term in at most one
 * entry; the rest, and everything under the threshold, are candidates for review.
 */
function resolve(all: GlossaryEntry[], threshold: number): Glossary {
  const list = (all as Keyed[]).sort(
    (a, b) => b.score - a.score || b.count - a.count || cmp(a.enKey, b.enKey) || cmp(a.ptKey, b.ptKey),
  );
  const usedEn = new Set<string>();
  const usedPt = new Set<string>();
  const entries: GlossaryEntry[] = [];
  const candidates: GlossaryEntry[] = [];
  const ids = new Set<string>();
  for (const k of list) {
    const { enKey, ptKey, ...entry } = k;
    entry.id = conceptId(enKey, ptKey, ids);
    if (entry.score >= threshold && !usedEn.has(enKey) && !usedPt.has(ptKey)) {
      usedEn.add(enKey);
      usedPt.add(ptKey);
      entries.push(entry);
    } else candidates.push(entry);
  }
  return { entries, candidates };
}

/** A readable, stable concept id: `c-calcinosis-cutis`, made unique with the PT key when needed. */
function conceptId(enKey: string, ptKey: string, ids: Set<string>): string {
  const slug = (s: string) => s.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term';
  let id = `c-${slug(enKey)}`;
  if (ids.has(id)) id = `${id}--${slug(ptKey)}`;
  for (let n = 2; ids.has(id); n++) id = `c-${slug(enKey)}--${slug(ptKey)}-${n}`;
  ids.add(id);
  return id;
}
