/**
 * The keep/hold decision of a glossary replayed on every pair judged so far
 * (the samples under scripts/eval/review/, and the apparatus change list):
 * a judged pair is looked up in the glossary by its forms, else by its
 * grouping keys (so `positive ↔ positiva`, judged before forms were made
 * canonical, is found as `positive ↔ positivo`), else by the keys of its
 * Portuguese put in dictionary form as the glossary does (`pró-inflamatórias`
 * → `pró-inflamatório`, `espasmo infantis` → `espasmo infantil`), and is kept (an entry),
 * held (a candidate, with its reason) or absent (no longer proposed, or its
 * English went to another Portuguese). Used by replay.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termKey } from '../../../src/glossary/inflection.js';
import { canonicalPortuguese, partOfSpeech } from '../../../src/glossary/canonical.js';
import { agreeingPhrase } from '../../../src/glossary/agreement.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { readSample, REVIEW_DIR } from './_sample-file.js';

export interface Judged {
  en: string;
  pt: string;
  useful: boolean;
  /** The sample folder the judgement comes from (`apparatus/changed` for the change list). */
  from: string;
}

export type Fate = { kind: 'kept'; entry: GlossaryEntry } | { kind: 'held'; entry: GlossaryEntry } | { kind: 'absent' };
export interface Replayed {
  judged: Judged;
  fate: Fate;
}

export const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
export const keyOf = (en: string, pt: string) => `${termKey(wordsOf(en), 'en')}\u0000${termKey(wordsOf(pt), 'pt')}`;

/** Every judged pair of a corpus, once (a pair keeps its first judgement: judgements depend on the pair alone). */
export function judgedPairs(corpus: string): Judged[] {
  const out = new Map<string, Judged>();
  const add = (j: Judged) => {
    const k = `${j.en}\u0000${j.pt}`;
    if (!out.has(k)) out.set(k, j);
  };
  for (const name of readdirSync(REVIEW_DIR).sort()) {
    const dir = join(REVIEW_DIR, name);
    if (!existsSync(join(dir, `${corpus}.jsonl`))) continue;
    for (const r of readSample(dir, corpus)) {
      if (!r.translation || !r.termhood) continue;
      add({ en: r.en, pt: r.pt, useful: (r.translation === 'correct' || r.translation === 'variant') && r.termhood === 'term', from: name });
    }
    const changed = join(dir, `changed-${corpus}.jsonl`);
    if (!existsSync(changed)) continue;
    for (const line of readFileSync(changed, 'utf8').split('\n').filter((l) => l.trim())) {
      const r = JSON.parse(line) as { en: string; pt: string; useful: boolean };
      add({ en: r.en, pt: r.pt, useful: r.useful, from: `${name}/changed` });
    }
  }
  return [...out.values()];
}

function index(entries: GlossaryEntry[]): { exact: Map<string, GlossaryEntry>; keyed: Map<string, GlossaryEntry> } {
  const exact = new Map<string, GlossaryEntry>();
  const keyed = new Map<string, GlossaryEntry>();
  const put = (m: Map<string, GlossaryEntry>, k: string, e: GlossaryEntry) => {
    if (!m.has(k)) m.set(k, e);
  };
  for (const e of entries) {
    put(exact, `${e.en}\u0000${e.pt}`, e);
    put(keyed, keyOf(e.en, e.pt), e);
    for (const v of e.variants ?? []) put(keyed, keyOf(e.en, v.form), e);
  }
  return { exact, keyed };
}

/** The Portuguese of a pair in dictionary form as the glossary puts it (canonical.ts, agreement.ts). */
export function canonicalForm(en: string, pt: string): string {
  return agreeingPhrase(canonicalPortuguese(pt, partOfSpeech(en, pt)), en);
}

/** Each judged pair's fate in a glossary. */
export function replay(pairs: Judged[], glossary: { entries: GlossaryEntry[]; candidates: GlossaryEntry[] }): Replayed[] {
  const kept = index(glossary.entries);
  const held = index(glossary.candidates);
  return pairs.map((judged) => {
    const exact = `${judged.en}\u0000${judged.pt}`;
    const k = keyOf(judged.en, judged.pt);
    // A pair judged before its Portuguese was put in dictionary form (`espasmo infantis` → `espasmo infantil`) has that form's keys.
    const c1 = keyOf(judged.en, canonicalForm(judged.en, judged.pt));
    const e = kept.exact.get(exact) ?? kept.keyed.get(k) ?? kept.keyed.get(c1);
    if (e) return { judged, fate: { kind: 'kept', entry: e } };
    const c = held.exact.get(exact) ?? held.keyed.get(k) ?? held.keyed.get(c1);
    return { judged, fate: c ? { kind: 'held', entry: c } : { kind: 'absent' } };
  });
}

export interface ReplayFigures {
  judged: number;
  useful: number;
  keptUseful: number;
  heldUseful: number;
  absentUseful: number;
  notUseful: number;
  removedOther: number;
  keptOther: number;
}

export function figures(rows: Replayed[]): ReplayFigures {
  const useful = rows.filter((r) => r.judged.useful);
  const other = rows.filter((r) => !r.judged.useful);
  const count = (rs: Replayed[], kind: Fate['kind']) => rs.filter((r) => r.fate.kind === kind).length;
  return {
    judged: rows.length,
    useful: useful.length,
    keptUseful: count(useful, 'kept'),
    heldUseful: count(useful, 'held'),
    absentUseful: count(useful, 'absent'),
    notUseful: other.length,
    removedOther: other.length - count(other, 'kept'),
    keptOther: count(other, 'kept'),
  };
}

/** The replay's report for one corpus: per sample, then over every distinct pair. */
export function report(corpus: string, entries: number, rows: Replayed[], list = false): string[] {
  const lines: string[] = [];
  const all = figures(rows);
  lines.push(`${corpus}: ${all.judged} judged pairs (${all.useful} useful), glossary of ${entries} entries`);
  // Per sample: one drawn before a change tells what the change loses; one drawn from this glossary is all kept.
  for (const from of [...new Set(rows.map((r) => r.judged.from.split('/')[0]!))]) {
    const f = figures(rows.filter((r) => r.judged.from.split('/')[0] === from));
    lines.push(`  ${from.padEnd(10)} useful kept ${f.keptUseful}/${f.useful} (${pct(f.keptUseful, f.useful)}), not useful removed ${f.removedOther}/${f.notUseful} (${pct(f.removedOther, f.notUseful)})`);
  }
  const reasons = new Map<string, number>();
  for (const r of rows) if (r.judged.useful && r.fate.kind === 'held') reasons.set(r.fate.entry.reason ?? '?', (reasons.get(r.fate.entry.reason ?? '?') ?? 0) + 1);
  lines.push(`  all: useful kept ${all.keptUseful}/${all.useful} (${pct(all.keptUseful, all.useful)}; held ${all.heldUseful}, absent ${all.absentUseful}), not useful removed ${all.removedOther}/${all.notUseful} (${pct(all.removedOther, all.notUseful)})`);
  lines.push(`  useful held for: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || '—'}`);
  lines.push(`  precision of the kept judged pairs: ${pct(all.keptUseful, all.keptUseful + all.keptOther)}`);
  if (list) {
    const show = (r: Replayed) => {
      const e = r.fate.kind === 'absent' ? undefined : r.fate.entry;
      return `${r.judged.en} ↔ ${r.judged.pt}${e ? ` [${e.en} ↔ ${e.pt}${e.reason ? `: ${e.reason}` : ''}; termhood ${e.termhood ?? '—'}, confidence ${e.confidence ?? '—'}]` : ' [absent]'}`;
    };
    lines.push('  useful, not kept:', ...rows.filter((r) => r.judged.useful && r.fate.kind !== 'kept').map((r) => `    ${show(r)}`));
    lines.push('  not useful, kept:', ...rows.filter((r) => !r.judged.useful && r.fate.kind === 'kept').map((r) => `    ${show(r)}`));
  }
  return lines;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}
