/**
 * The dev split's EN↔PT term tables (ICD-10, HPO) and how a glossary is judged
 * against them: entries whose English is in a table are covered; a covered
 * entry is right when its Portuguese, or one of its recorded variants, equals
 * a gold translation (lower-cased, whitespace collapsed; `accentless` also
 * ignoring accents; `grouped` also folding number and gender the way the
 * glossary groups forms, `termKey`, so the canonical masculine singular
 * `moderado` meets HPO's `Moderada`, `gânglio` ICD's `Gânglios`). Shared by
 * the terms and glossary evals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termKey } from '../../src/glossary/inflection.js';

export const DEV = join(import.meta.dirname, '../../../shared/eval/dev');

export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
export const bare = (s: string) => norm(s).normalize('NFD').replace(/\p{M}/gu, '');
const grouped = (s: string) => termKey(bare(s).split(/[^\p{L}\p{N}-]+/u).filter(Boolean), 'pt');

export type TermTable = Map<string, Set<string>>;

export function loadTable(name: string): TermTable {
  const table: TermTable = new Map();
  const lines = readFileSync(join(DEV, 'terms', name), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [en, pt] = line.split('\t');
    if (!en || !pt) continue;
    const set = table.get(norm(en)) ?? new Set<string>();
    set.add(pt);
    table.set(norm(en), set);
  }
  return table;
}

export function loadTables(): { icd10: TermTable; hpo: TermTable; both: TermTable } {
  const icd10 = loadTable('icd10_dev.tsv');
  const hpo = loadTable('hpo_dev.tsv');
  const both: TermTable = new Map(icd10);
  for (const [en, pts] of hpo) both.set(en, new Set([...(both.get(en) ?? []), ...pts]));
  return { icd10, hpo, both };
}

/** What an entry needs for judging; `variants` may be strings or objects with a `pt` (the glossary's variant records). */
export interface JudgedEntry {
  en: string;
  pt: string;
  variants?: unknown;
}

/** The Portuguese forms an entry records: its `pt` and its variants' Portuguese. */
export function portugueseForms(e: JudgedEntry): string[] {
  const out = [e.pt];
  if (Array.isArray(e.variants)) {
    for (const v of e.variants) {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object' && typeof (v as { pt?: unknown }).pt === 'string') out.push((v as { pt: string }).pt);
    }
  }
  return out;
}

export interface Judged {
  covered: number;
  coveredTerms: number;
  exact: number;
  accentless: number;
  /** Right once number and gender are folded too (`grouped` above). */
  grouped: number;
  wrong: string[];
}

export function judge(entries: JudgedEntry[], table: TermTable): Judged {
  const r: Judged = { covered: 0, coveredTerms: 0, exact: 0, accentless: 0, grouped: 0, wrong: [] };
  const terms = new Set<string>();
  for (const e of entries) {
    const gold = table.get(norm(e.en));
    if (!gold) continue;
    r.covered++;
    terms.add(norm(e.en));
    const golds = [...gold];
    const forms = portugueseForms(e);
    if (golds.some((g) => forms.some((f) => norm(g) === norm(f)))) r.exact++;
    if (golds.some((g) => forms.some((f) => bare(g) === bare(f)))) r.accentless++;
    else r.wrong.push(`${e.en} ↔ ${e.pt} (gold: ${golds.join(' | ')})`);
    if (golds.some((g) => forms.some((f) => grouped(g) === grouped(f)))) r.grouped++;
  }
  r.coveredTerms = terms.size;
  return r;
}

export function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`;
}
