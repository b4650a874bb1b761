/**
 * The glossary built from real articles, measured (docs/glossary-eval.md):
 * residue by rule, the articles' own keyword pairs, ICD-10/HPO pairs, on the
 * SciELO JATS glossary and the WMT abstracts glossary. The review sample
 * (useful precision) is drawn from the same build: scripts/eval/review/.
 *
 *   npm run eval -- glossary            (builds both glossaries afresh)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, countResidue, ISSUE_RULES } from './_residue.js';
import { buildEvalGlossary, CORPORA, OUT, type BuiltGlossary, type CorpusName } from './_glossaries.js';
import { judgeKeywords, loadKeywordPairs } from './_keywords.js';
import { judge, loadTables, pct } from './_term-tables.js';

const verbose = process.argv.includes('--verbose');
const tables = loadTables();
const results: Record<string, unknown> = {};

function residue(g: BuiltGlossary) {
  const r = countResidue(g.entries);
  console.log(`  residue (any of the issue's rules): ${r.anyIssue} (${pct(r.anyIssue, r.entries)}); with fragments: ${r.any} (${pct(r.any, r.entries)})`);
  for (const rule of ALL_RULES) {
    const { count, examples } = r.byRule[rule];
    const mark = ISSUE_RULES.includes(rule) ? ' ' : '+';
    console.log(`   ${mark}${rule.padEnd(15)} ${String(count).padStart(5)}  ${pct(count, r.entries).padStart(6)}   ${examples.slice(0, verbose ? 8 : 4).join('; ')}`);
  }
  return r;
}

function terms(g: BuiltGlossary) {
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(tables)) {
    const j = judge(g.entries, table);
    console.log(`  ${name.padEnd(6)} covered ${j.covered} entries (${j.coveredTerms} terms), accent-insensitive precision ${pct(j.accentless, j.covered)} (exact ${pct(j.exact, j.covered)}; number and gender folded ${pct(j.grouped, j.covered)})`);
    if (name === 'both' && j.wrong.length) console.log(`         not matching gold: ${j.wrong.slice(0, verbose ? 50 : 10).join('; ')}`);
    out[name] = j;
  }
  return out;
}

function keywords(g: BuiltGlossary) {
  const k = judgeKeywords(g.entries, loadKeywordPairs());
  console.log(
    `  keyword pairs: ${k.pairs}, English in the article's text ${k.inText}; in the glossary with their Portuguese: grouped ${k.grouped} (${pct(k.grouped, k.inText)}), strict ${k.strict} (${pct(k.strict, k.inText)})`,
  );
  if (k.otherPt.length) console.log(`    English an entry with another Portuguese: ${k.otherPt.join('; ')}`);
  if (k.missing.length) console.log(`    English not an entry: ${k.missing.join('; ')}`);
  return k;
}

for (const name of Object.keys(CORPORA) as CorpusName[]) {
  const g = await buildEvalGlossary(name);
  console.log(`\n${name}: ${g.entries.length} entries, ${g.candidates.length} candidates (built in ${(g.ms / 1000).toFixed(1)} s, ${g.dir})`);
  results[name] = {
    entries: g.entries.length,
    candidates: g.candidates.length,
    residue: residue(g),
    terms: terms(g),
    ...(name === 'scielo' ? { keywords: keywords(g) } : {}),
  };
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
