/**
 * Read a judged entity review sample (PROTOCOL.md "Entities") and report, per
 * language and type: precision (type right and span exact or partial; strict:
 * exact), the strata weighted by the run's population for the language's
 * whole output, per-attribute accuracy and negation accuracy over the right
 * mentions, with the number each figure is of. With --after, the same figures
 * for after.jsonl (what a later run holds at the sampled places), with how
 * many of its mentions are new (changed, judged anew) and how many are gone.
 *
 *   npx tsx scripts/eval/review/entities-score.ts NAME [--after] [--json]
 */
import { join } from 'node:path';
import {
  ATTRIBUTE_JUDGEMENT,
  ATTRIBUTES,
  CORRECT_TYPE,
  ENTITY_TYPES,
  LANGS,
  NEGATION,
  readJsonl,
  SPAN,
  type AfterMention,
  type EntitySampleMeta,
  type SampledMention,
} from './_entity-sample.js';
import { reviewArgs, sampleDir } from './_args.js';
import { readFileSync } from 'node:fs';

const { values, positionals } = reviewArgs('entities-score', { after: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
const { name, dir } = sampleDir('entities-score', positionals[0]);
const afterMode = values.after;
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as EntitySampleMeta;

type Row = SampledMention & { status?: AfterMention['status']; of?: number };
const all: Row[] = afterMode ? (readJsonl<AfterMention>(join(dir, 'after.jsonl')) as Row[]) : readJsonl<Row>(join(dir, 'mentions.jsonl'));
const rows = all.filter((r) => r.status !== 'gone');

/** Judgement values outside the protocol's, unjudged lines, and given attributes left unjudged. */
function problems(): string[] {
  const out: string[] = [];
  rows.forEach((r, i) => {
    const at = `${afterMode ? 'after' : 'mentions'}:${r.text}@${i}`;
    if (!CORRECT_TYPE.includes(r.correct_type as never) || !SPAN.includes(r.span as never) || !NEGATION.includes(r.negation as never)) out.push(`${at} not judged or out of the protocol`);
    for (const [a, v] of Object.entries(r.attributes ?? {})) if (!ATTRIBUTES.includes(a as never) || !ATTRIBUTE_JUDGEMENT.includes(v as never)) out.push(`${at} attribute ${a}=${String(v)}`);
    if (right(r)) for (const a of Object.keys(r.given ?? {})) if (!r.attributes?.[a as keyof typeof r.attributes]) out.push(`${at} given ${a} not judged`);
  });
  return out;
}

const right = (r: Row) => r.correct_type === r.type && r.span !== 'wrong';
const exact = (r: Row) => r.correct_type === r.type && r.span === 'exact';
/** Right by the Portuguese treatment convention too (a treatment or procedure typed drug, docs/entities.md). */
const rightByConvention = (r: Row) => right(r) || (r.pt_treatment === true && r.type === 'drug');
const f = (k: number, n: number) => (n === 0 ? '    —' : (k / n).toFixed(3));
const count = (list: Row[], test: (r: Row) => boolean) => list.filter(test).length;

interface Stratum {
  n: number;
  right: number;
  exact: number;
  convention: number;
  population: number;
  new: number;
}

const bad = problems();
if (bad.length) {
  console.error(`entities-score: ${bad.length} lines to judge or mend:\n  ${bad.slice(0, 30).join('\n  ')}`);
  process.exitCode = 1;
}

const population = afterMode ? meta.after!.population : meta.population;
const result: Record<string, unknown> = { name, after: afterMode };
console.log(`${name}${afterMode ? ' (after: ' + meta.after!.run + ' at ' + meta.after!.commit + ')' : ' (' + meta.run + ' at ' + meta.commit + ')'}, seed ${meta.seed}`);
if (afterMode) {
  const before = readJsonl<Row>(join(dir, 'mentions.jsonl'));
  const gone = all.filter((r) => r.status === 'gone').map((r) => before[r.of!]!);
  const goneRight = count(gone, right);
  console.log(`  sampled places ${new Set(all.map((r) => r.of)).size}; mentions there now ${rows.length} (same ${count(rows, (r) => r.status === 'same')}, new ${count(rows, (r) => r.status === 'changed')}); gone ${gone.length}: ${gone.length - goneRight} judged wrong before, ${goneRight} right`);
  result.gone = { n: gone.length, right: goneRight };
}
for (const lang of LANGS) {
  const strata: Record<string, Stratum> = {};
  console.log(`\n${lang}: type       n  right (lenient)  exact (strict)  by PT treatment convention   population`);
  for (const type of ENTITY_TYPES) {
    const list = rows.filter((r) => r.lang === lang && r.stratum === type);
    // After a change a mention may stand in another type's stratum place; it counts under the type it has now.
    const mine = afterMode ? rows.filter((r) => r.lang === lang && r.type === type) : list;
    const s: Stratum = {
      n: mine.length,
      right: count(mine, right),
      exact: count(mine, exact),
      convention: count(mine, rightByConvention),
      population: population[lang]?.[type] ?? 0,
      new: count(mine, (r) => r.status === 'changed'),
    };
    strata[type] = s;
    console.log(`    ${type.padEnd(10)} ${String(s.n).padStart(3)}  ${f(s.right, s.n)} (${s.right})    ${f(s.exact, s.n)} (${s.exact})    ${f(s.convention, s.n)} (${s.convention})                ${s.population}${afterMode ? `   new ${s.new}` : ''}`);
  }
  // The strata weighted by their share of the output: the whole output's precision.
  const total = ENTITY_TYPES.reduce((t, k) => t + strata[k]!.population, 0);
  const weighted = (key: 'right' | 'exact' | 'convention') => ENTITY_TYPES.reduce((t, k) => t + (strata[k]!.n ? (strata[k]![key] / strata[k]!.n) * strata[k]!.population : 0), 0) / total;
  console.log(`    all (weighted by population ${total}): ${weighted('right').toFixed(3)} lenient, ${weighted('exact').toFixed(3)} strict, ${weighted('convention').toFixed(3)} by convention`);
  result[lang] = { strata, weighted: { right: weighted('right'), exact: weighted('exact'), convention: weighted('convention') } };
}

// Attributes and negation over the mentions that are right, both languages apart and together.
console.log(`\nattributes over the right mentions: right / judged (wrong, missed)`);
const attributes: Record<string, unknown> = {};
for (const lang of [...LANGS, 'both'] as const) {
  const ok = rows.filter((r) => right(r) && (lang === 'both' || r.lang === lang));
  const parts: string[] = [];
  const figures: Record<string, { right: number; wrong: number; missed: number }> = {};
  for (const a of ATTRIBUTES) {
    const v = ok.map((r) => r.attributes?.[a]).filter((x) => x !== undefined);
    if (v.length === 0) continue;
    const k = { right: v.filter((x) => x === 'right').length, wrong: v.filter((x) => x === 'wrong').length, missed: v.filter((x) => x === 'missed').length };
    figures[a] = k;
    parts.push(`${a} ${f(k.right, v.length)} (${k.right}/${v.length}; ${k.wrong}, ${k.missed})`);
  }
  const neg = { right: count(ok, (r) => r.negation === 'right'), n: ok.length, negatedInOutput: count(ok, (r) => r.negated) };
  console.log(`  ${lang}: ${parts.join('; ') || 'none judged'}`);
  console.log(`  ${lang}: negation ${f(neg.right, neg.n)} (${neg.right}/${neg.n}; ${neg.negatedInOutput} negated in the output)`);
  attributes[lang] = { figures, negation: neg };
}
// Negation over every mention typed drug by the Portuguese convention too: the treatment words are where its cues misfire most.
const conv = rows.filter((r) => r.lang === 'pt' && rightByConvention(r));
console.log(`  pt, by the treatment convention: negation ${f(count(conv, (r) => r.negation === 'right'), conv.length)} (${count(conv, (r) => r.negation === 'right')}/${conv.length})`);
result.attributes = attributes;
if (values.json) console.log(JSON.stringify(result, null, 2));
