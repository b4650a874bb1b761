/**
 * Glossary evaluation on the dev split (../shared/eval/dev): builds a glossary
 * from the WMT biomedical abstracts, aligned by the gold OK links (and by the
 * project's aligner when it is available), and judges it against the ICD-10
 * and HPO term tables.
 *
 *   npx tsx scripts/eval/terms.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDocumentTerms } from '../../src/glossary/evidence.js';
import { buildGlossary } from '../../src/glossary/build.js';
import type { DocumentTerms, Glossary, GlossaryEntry, Link, Sentence } from '../../src/types.js';
import { DEV, judge, loadTable, norm, pct } from './_term-tables.js';

interface WmtDoc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
  links: Array<{ en: number[]; pt: number[]; label: string }>;
}

function sentences(doc: WmtDoc): Sentence[] {
  const make = (lang: 'en' | 'pt', texts: string[]) =>
    texts.map((text, i) => ({ id: `${lang}-${i + 1}`, lang, n: i + 1, part: 'abstract' as const, section: '', text, start: 0, end: text.length, citations: [] }));
  return [...make('en', doc.en_sentences), ...make('pt', doc.pt_sentences)];
}

async function glossaryFrom(
  docs: WmtDoc[],
  linksOf: (d: WmtDoc) => Link[] | Promise<Link[]>,
): Promise<{ glossary: Glossary; withoutAssociation: Glossary; ms: number }> {
  const t0 = performance.now();
  const terms: DocumentTerms[] = [];
  for (const d of docs) terms.push(await collectDocumentTerms({ doc: d.id, sentences: sentences(d), alignment: await linksOf(d) }));
  const glossary = buildGlossary(terms);
  const ms = performance.now() - t0;
  return { glossary, withoutAssociation: buildGlossary(terms, { association: false }), ms };
}

/**
 * The entries and candidates corpus association added (pairs the build
 * without association does not have at all), best first, judged where the
 * term tables cover them, so a reader can eyeball what a translator would call wrong.
 */
function associationOnly(g: Glossary, without: Glossary, table: Map<string, Set<string>>, show: number) {
  const pairOf = (e: GlossaryEntry) => `${norm(e.en)}\u0000${norm(e.pt)}`;
  const before = new Set([...without.entries, ...without.candidates].map(pairOf));
  const added = (list: GlossaryEntry[]) => list.filter((e) => !before.has(pairOf(e))).sort((a, b) => b.score - a.score || b.count - a.count);
  const entries = added(g.entries);
  const candidates = added(g.candidates);
  const judged = judge(entries, table);
  console.log(
    `  association-only: ${entries.length} entries (covered ${judged.covered}, accent-insensitive ${pct(judged.accentless, judged.covered)}), ${candidates.length} candidates`,
  );
  if (judged.wrong.length) console.log(`  association-only not matching gold: ${judged.wrong.join('; ')}`);
  const line = (e: GlossaryEntry) => `${e.en} ↔ ${e.pt} ${e.score} ×${e.count}/${e.documents ?? e.sources.length}d`;
  if (show > 0) {
    console.log(`  top ${Math.min(show, entries.length)} association-only entries:`);
    for (const e of entries.slice(0, show)) console.log(`    ${line(e)}`);
    console.log(`  top ${Math.min(30, candidates.length)} association-only candidates:`);
    for (const e of candidates.slice(0, 30)) console.log(`    ${line(e)}`);
  }
  return { entries: entries.length, candidates: candidates.length, judged, top: entries.slice(0, 100).map(line) };
}

function report(label: string, g: Glossary, tables: Record<string, Map<string, Set<string>>>) {
  const out: Record<string, unknown> = { entries: g.entries.length, candidates: g.candidates.length };
  console.log(`\n${label}: ${g.entries.length} entries, ${g.candidates.length} candidates`);
  const all = { ...tables, both: new Map([...tables.icd10!, ...tables.hpo!]) };
  const top = [...g.entries].sort((a, b) => b.score - a.score).slice(0, 200);
  for (const [name, table] of Object.entries(all)) {
    const a = judge(g.entries, table);
    const b = judge(top, table);
    console.log(
      `  ${name.padEnd(6)} all entries: covered ${a.covered} (${a.coveredTerms} terms), exact ${pct(a.exact, a.covered)}, accent-insensitive ${pct(a.accentless, a.covered)}, number and gender folded ${pct(a.grouped, a.covered)}` +
        ` | top 200: covered ${b.covered}, precision ${pct(b.accentless, b.covered)} (exact ${pct(b.exact, b.covered)})`,
    );
    if (name === 'both' && a.wrong.length) console.log(`  not matching gold: ${a.wrong.slice(0, 15).join('; ')}`);
    out[name] = { all: { ...a, wrong: a.wrong }, top200: { ...b, wrong: b.wrong } };
  }
  return out;
}

const docs: WmtDoc[] = readFileSync(join(DEV, 'align/wmt_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const tables = { icd10: loadTable('icd10_dev.tsv'), hpo: loadTable('hpo_dev.tsv') };

const gold = await glossaryFrom(docs, (d) => d.links.filter((l) => l.label === 'OK' && l.en.length && l.pt.length).map((l) => ({ ...l, score: 1, part: 'abstract' as const })));
const both = new Map([...tables.icd10, ...tables.hpo]);
const show = process.argv.includes('--quiet') ? 0 : 100;
const results: Record<string, unknown> = {
  gold: {
    ms: Math.round(gold.ms),
    ...report(`gold OK links (${docs.length} docs, ${Math.round(gold.ms)} ms)`, gold.glossary, tables),
    withoutAssociation: report('  … the same without association-only pairs', gold.withoutAssociation, tables),
    associationOnly: associationOnly(gold.glossary, gold.withoutAssociation, both, show),
  },
};
console.log('  top 15:', gold.glossary.entries.slice(0, 15).map((e) => `${e.en} ↔ ${e.pt} ${e.score}`).join('; '));

try {
  const align = (await import('../../src/align/align.js' as string)) as { alignSentences?: (en: string[], pt: string[]) => Link[] | Promise<Link[]> };
  if (typeof align.alignSentences === 'function') {
    const run = await glossaryFrom(docs, (d) => align.alignSentences!(d.en_sentences, d.pt_sentences));
    results.aligner = {
      ms: Math.round(run.ms),
      ...report(`project aligner (${Math.round(run.ms)} ms)`, run.glossary, tables),
      withoutAssociation: report('  … the same without association-only pairs', run.withoutAssociation, tables),
      associationOnly: associationOnly(run.glossary, run.withoutAssociation, both, process.argv.includes("--aligner") ? show : 0),
    };
  }
} catch {
  console.log('\n(project aligner not available: src/align/align.ts has no alignSentences yet)');
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/eval-terms.json', JSON.stringify(results, null, 2) + '\n');
