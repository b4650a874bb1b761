import type { DocumentTerms, GlossaryExample, Lang, SentencePairText, TermPairEvidence, TermType } from '../types.js';
import type { AssociationLink, CooccurrenceTable } from './association.js';
import { guessType } from './guess-type.js';
import { cmp } from './compare.js';
import type { Nesting } from './nesting.js';

/**
 * The counting passes of the glossary's reduce: per EN/PT key pair, a tally of
 * the evidence (documents, forms, types, examples), and how often the pair's
 * terms share an aligned sentence pair, which the scores are made from.
 */
export const MAX_EXAMPLES = 3;
/**
 * Source documents listed per entry, the first by id; `documents` counts them all.
 * Every id of a frequent pair would make the reduce's memory grow with the corpus.
 */
export const MAX_SOURCES = 100;

export interface Tally {
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
  /** Pieces of evidence whose type the termbase or the entities stage gave: they know the term. */
  known: number;
  /** Pieces of evidence per original language of their document, where the input says it. */
  originals: Map<string, number>;
  /** Pieces of acronym evidence whose long form is a name. */
  named: number;
  /** Pieces of evidence whose document defines the acronym by a long form that is no name. */
  termDefined: number;
  /** Of those, pieces whose document defines the acronym in Portuguese too. */
  ptDefined: number;
  /** The long forms' pairs (`enKey\u0000ptKey`) an acronym pair stands for. */
  expands?: Set<string>;
  examples: Array<GlossaryExample & { local: number }>;
  /** Set when the pair comes from corpus association alone. */
  linked?: AssociationLink;
}

/**
 * The documents a pair was seen in: how many, and the first MAX_SOURCES ids in
 * id order. Each pass reads one document at a time, so a document's evidence
 * comes together and a repeat of the last id is the same document.
 */
export class SourceDocuments {
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
export class Keys {
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

export const PAIR_SPACE = 2 ** 26;

/** An empty tally for an EN/PT key pair, registered under its id. */
export function newTally(tallies: Map<string, Tally>, enKey: string, ptKey: string, linked?: AssociationLink): Tally {
  const t: Tally = { enKey, ptKey, count: 0, docs: new SourceDocuments(), best: {}, enForms: new Map(), ptForms: new Map(), together: new Map(), types: new Map(), known: 0, originals: new Map(), named: 0, termDefined: 0, ptDefined: 0, examples: [], linked };
  tallies.set(`${enKey}\u0000${ptKey}`, t);
  return t;
}

/**
 * Count one piece of evidence. `docId` is the document's id as one string: the
 * sets of source documents then share it, where JSON.parse gives each piece of
 * evidence its own copy of an id longer than ten characters (32 bytes each, a
 * third of a million of them at 10,000 documents).
 */
export function tally(tallies: Map<string, Tally>, ev: TermPairEvidence, examples: SentencePairText[], docId: string, original?: string): void {
  const t = tallies.get(`${ev.enKey}\u0000${ev.ptKey}`) ?? newTally(tallies, ev.enKey, ev.ptKey);
  t.count++;
  t.docs.add(ev.doc === docId ? docId : ev.doc);
  for (const v of ev.via) t.best[v] = Math.max(t.best[v] ?? 0, ev.local);
  t.enForms.set(ev.en, (t.enForms.get(ev.en) ?? 0) + 1);
  t.ptForms.set(ev.pt, (t.ptForms.get(ev.pt) ?? 0) + 1);
  seenTogether(t, ev.en, ev.pt);
  t.types.set(ev.type, (t.types.get(ev.type) ?? 0) + 1);
  // The entities stage's `lab` reads measurements off running text (a proportion, a precision): it says little of termhood.
  if (ev.typedBy === 'termbase' || (ev.typedBy === 'entity' && ev.type !== 'lab')) t.known++;
  if (ev.standsForName) t.named++;
  if (ev.definedAsTerm) t.termDefined++;
  if (ev.definedInPortuguese) t.ptDefined++;
  if (ev.expands) (t.expands ??= new Set()).add(`${ev.expands.enKey}\u0000${ev.expands.ptKey}`);
  if (original) t.originals.set(original, (t.originals.get(original) ?? 0) + 1);
  const example = examples[ev.example]!;
  if (!roomFor(t.examples, ev.local, ev.doc, example)) return;
  keepExample(t.examples, { doc: ev.doc, en: example.en, pt: example.pt, score: example.score, ...(original && { original: original as Lang }), local: ev.local });
}

/**
 * Sentence pairs holding both terms of a proposed pair (pairs no evidence
 * proposed are never scored, so not counted), and, in the same pass, the
 * frequent keys' co-occurrences for association and the longer candidates
 * each proposed term was seen inside (`nesting`).
 */
export function countCooccurrences(
  docs: Iterable<DocumentTerms>,
  tallies: Map<string, Tally>,
  enKeys: Keys,
  ptKeys: Keys,
  cooc: Map<number, number>,
  table: CooccurrenceTable | undefined,
  nesting: { en: Nesting; pt: Nesting },
): void {
  const partners = new Map<number, Set<number>>();
  for (const t of tallies.values()) {
    const e = enKeys.get(t.enKey);
    const p = ptKeys.get(t.ptKey);
    if (e === undefined || p === undefined) continue;
    let set = partners.get(e);
    if (!set) partners.set(e, (set = new Set()));
    set.add(p);
    nesting.en.watch(e);
    nesting.pt.watch(p);
  }
  for (const doc of docs) {
    for (const pair of doc.pairTerms) {
      const en = pair.en.map((k) => enKeys.get(k) ?? -1);
      const pt = pair.pt.map((k) => ptKeys.get(k) ?? -1);
      table?.add(en, pt);
      nesting.en.note(pair.en, en);
      nesting.pt.note(pair.pt, pt);
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
export function collectLinked(docs: Iterable<DocumentTerms>, links: AssociationLink[], enKeys: Keys, ptKeys: Keys, tallies: Map<string, Tally>): void {
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
      if (example) keepExample(t.examples, { doc: doc.doc, en: example.en, pt: example.pt, score: example.score, local: t.linked!.dice });
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

/** Whether an example may enter the list: in a full one, it must sort before the last (keepExample's order), or it would be cut at once. */
function roomFor(list: Array<GlossaryExample & { local: number }>, local: number, doc: string, ex: { en: string; pt: string }): boolean {
  if (list.length < MAX_EXAMPLES) return true;
  return byExample({ local, doc, en: ex.en, pt: ex.pt }, list[MAX_EXAMPLES - 1]!) < 0;
}

/** The examples' order: most of the term's occurrences in the sentence pair first, then by document and text. */
const byExample = (a: ExampleKey, b: ExampleKey) => b.local - a.local || cmp(a.doc, b.doc) || cmp(a.en, b.en) || cmp(a.pt, b.pt);
type ExampleKey = Pick<GlossaryExample, 'doc' | 'en' | 'pt'> & { local: number };

function keepExample(list: Array<GlossaryExample & { local: number }>, ex: GlossaryExample & { local: number }): void {
  if (list.some((x) => x.doc === ex.doc && x.en === ex.en && x.pt === ex.pt)) return;
  list.push(ex);
  list.sort(byExample);
  if (list.length > MAX_EXAMPLES) list.length = MAX_EXAMPLES;
}
