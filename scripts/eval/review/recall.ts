/**
 * Recall of the glossary on a judged recall sample (recall-sample.ts,
 * PROTOCOL.md "Recall"): each term a judge listed for an aligned sentence
 * pair is looked up in the glossaries last built by `npm run eval -- glossary`
 * (or those under `--glossaries DIR`) and classed:
 * - `in glossary`: an entry with this English and this Portuguese as its form
 *   or a recorded variant;
 * - `in glossary, other Portuguese`: the English is an entry, with another Portuguese;
 * - `held: REASON`: the pair is a held-back candidate (glossary.candidates.json);
 * - `held, other Portuguese: REASON`: the English is held with another Portuguese;
 * - `not mined`: neither; where the sample's sentences are at hand (drawn on
 *   this machine), told apart by the map step's view of the pair: English or
 *   Portuguese not a term candidate of its sentence, both candidates but no
 *   word evidence joins them, a side proposed with another partner, or
 *   proposed as such and lost in the reduce.
 * Matching ignores case and accents and compares dictionary forms (the plural
 * and gender rules' keys, as replay.ts does). Recall = in glossary / judged
 * terms, per corpus, counted per listed term (a term listed in two pairs counts
 * twice) and per distinct pair.
 *
 *   npx tsx scripts/eval/review/recall.ts --name NAME [--glossaries DIR] [--list]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../../src/lang/fold.js';
import { termKey } from '../../../src/glossary/inflection.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { CORPORA, OUT, type CorpusName } from '../_glossaries.js';
import { canonicalForm, wordsOf } from './_replay.js';
import { englishCandidates, loadEnglishTagger, portugueseCandidates } from '../../../src/glossary/candidates.js';
import { pairEvidence } from '../../../src/glossary/term-pairs.js';
import { shippedTermbaseIndex } from '../../../src/glossary/termbase.js';
import { readRecallSample, recallContextFile, type RecallTerm } from './_recall-file.js';
import { reviewArgs, sampleDir } from './_args.js';

const { values } = reviewArgs('recall', {
  name: { type: 'string' },
  glossaries: { type: 'string' },
  list: { type: 'boolean', default: false },
});
const { name, dir } = sampleDir('recall', values.name);
const root = values.glossaries ?? OUT;

const side = (s: string, lang: 'en' | 'pt') => fold(termKey(wordsOf(s), lang));

interface Index {
  /** English key → the Portuguese keys (form and variants) of each entry with it, and the entry. */
  byEn: Map<string, { pt: Set<string>; entry: GlossaryEntry }[]>;
}

function index(entries: GlossaryEntry[]): Index {
  const byEn = new Map<string, { pt: Set<string>; entry: GlossaryEntry }[]>();
  for (const e of entries) {
    const pt = new Set([side(e.pt, 'pt'), ...(e.variants ?? []).map((v) => side(v.form, 'pt'))]);
    const k = side(e.en, 'en');
    const list = byEn.get(k) ?? [];
    list.push({ pt, entry: e });
    byEn.set(k, list);
  }
  return { byEn };
}

/** The glossary entry or candidate a judged term is, if any: same pair, else same English. */
function lookUp(t: RecallTerm, ix: Index): { same?: GlossaryEntry; other?: GlossaryEntry } {
  const found = ix.byEn.get(side(t.en, 'en')) ?? [];
  const wanted = new Set([side(t.pt, 'pt'), side(canonicalForm(t.en, t.pt), 'pt')]);
  const same = found.find((f) => [...wanted].some((w) => f.pt.has(w)));
  return same ? { same: same.entry } : { other: found[0]?.entry };
}

interface Sentences {
  en_text: string;
  pt_text: string;
  doc: string;
}

/** Why the map step gave no evidence for a term of this sentence pair (the sentences read again as the glossary stage reads them). */
function whyNotMined(t: RecallTerm, s: Sentences): { cls: string; detail?: string } {
  const en = { text: s.en_text, candidates: englishCandidates(s.en_text) };
  const pt = { text: s.pt_text, candidates: portugueseCandidates(s.pt_text) };
  const ek = side(t.en, 'en');
  const pk = new Set([side(t.pt, 'pt'), side(canonicalForm(t.en, t.pt), 'pt')]);
  const eIn = en.candidates.some((c) => fold(c.key) === ek);
  const pIn = pt.candidates.some((c) => pk.has(fold(c.key)));
  if (!eIn && !pIn) return { cls: 'not mined: neither side a candidate' };
  if (!eIn) return { cls: 'not mined: English not a candidate' };
  if (!pIn) return { cls: 'not mined: Portuguese not a candidate' };
  const proposals = pairEvidence(s.doc, en, pt, shippedTermbaseIndex(), { types: new Map(), grown: new Set() });
  if (proposals.some((p) => fold(p.enKey) === ek && pk.has(fold(p.ptKey)))) return { cls: 'not mined: proposed, lost in the reduce' };
  const withEn = proposals.find((p) => fold(p.enKey) === ek);
  if (withEn) return { cls: 'not mined: English proposed with another Portuguese', detail: withEn.pt };
  const withPt = proposals.find((p) => pk.has(fold(p.ptKey)));
  if (withPt) return { cls: 'not mined: Portuguese proposed with another English', detail: withPt.en };
  return { cls: 'not mined: no word evidence' };
}

function classOf(t: RecallTerm, kept: Index, held: Index, sentences?: Sentences): { cls: string; detail?: string } {
  const k = lookUp(t, kept);
  if (k.same) return { cls: 'in glossary' };
  const h = lookUp(t, held);
  if (h.same) return { cls: `held: ${h.same.reason ?? '?'}` };
  if (k.other) return { cls: 'in glossary, other Portuguese', detail: k.other.pt };
  if (h.other) return { cls: `held, other Portuguese: ${h.other.reason ?? '?'}`, detail: h.other.pt };
  return sentences ? whyNotMined(t, sentences) : { cls: 'not mined' };
}

await loadEnglishTagger();

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const read = (f: string) => JSON.parse(readFileSync(join(root, corpus, f), 'utf8')) as GlossaryEntry[];
  const kept = index(read('glossary.json'));
  const held = index(read('glossary.candidates.json'));
  const rows = readRecallSample(dir, corpus);
  const context = recallContextFile(name, corpus);
  const sentences = existsSync(context) ? readFileSync(context, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Sentences) : undefined;
  const unjudged = rows.filter((r) => !r.judged).length;
  const classes = new Map<string, string[]>();
  const distinct = new Map<string, string>();
  let listed = 0;
  let inGlossary = 0;
  for (const [i, r] of rows.entries()) {
    for (const t of r.terms) {
      listed++;
      const { cls, detail } = classOf(t, kept, held, sentences?.[i]);
      if (cls === 'in glossary') inGlossary++;
      if (cls.startsWith('not mined')) classes.set('not mined (all)', [...(classes.get('not mined (all)') ?? []), '']);
      const label = `${t.en} ↔ ${t.pt}${detail ? ` (glossary: ${detail})` : ''}`;
      classes.set(cls, [...(classes.get(cls) ?? []), label]);
      distinct.set(`${side(t.en, 'en')}\u0000${side(t.pt, 'pt')}`, cls);
    }
  }
  const distinctIn = [...distinct.values()].filter((c) => c === 'in glossary').length;
  const withTerms = rows.filter((r) => r.terms.length > 0).length;
  console.log(`\n${corpus}: ${rows.length} sentence pairs (${withTerms} with terms${unjudged ? `, ${unjudged} NOT JUDGED` : ''}), ${listed} terms listed (${distinct.size} distinct)`);
  console.log(`  recall: ${inGlossary}/${listed} = ${pct(inGlossary, listed)} (distinct ${distinctIn}/${distinct.size} = ${pct(distinctIn, distinct.size)})`);
  for (const [cls, items] of [...classes].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    console.log(`  ${String(items.length).padStart(4)}  ${cls}`);
    if (values.list && cls !== 'in glossary' && cls !== 'not mined (all)') for (const i of items) console.log(`          ${i}`);
  }
}
