/**
 * Entity extraction on the dev NER sets (../shared/eval/dev/ner/): strict
 * (same span and type) and overlap (same type, spans overlap) P/R/F1 per type
 * and micro-averaged, with the type mapping of that folder's README.
 *
 *   npx tsx scripts/eval/ner.ts [--limit N] [--only SET] [--errors TYPE]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/entities/extract.js';
import type { EntityType, Lang } from '../../src/types.js';

const DIR = join(import.meta.dirname, '../../../shared/eval/dev/ner');
const MAPPING: Record<string, Record<string, EntityType>> = {
  bc5cdr: { Chemical: 'drug', Disease: 'diagnosis' },
  ncbi: { SpecificDisease: 'diagnosis', DiseaseClass: 'diagnosis', Modifier: 'diagnosis', CompositeMention: 'diagnosis' },
  nestedclinbr: { Problema: 'diagnosis', Tratamento: 'drug', Teste: 'lab' },
  neuro_pt: { C: 'diagnosis', THER: 'drug', T: 'lab' },
};

interface Span {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface Score {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
}

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const showErrors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function score(c: Counts, gold: number, pred: number): Score {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p: round(p), r: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)), gold, pred };
}
const round = (x: number) => Math.round(x * 10000) / 10000;

if (!existsSync(DIR)) {
  console.error(`eval/ner: ${DIR} not found`);
  process.exit(1);
}

const results: Record<string, Record<string, { strict: Score; overlap: Score }>> = {};
const errors: string[] = [];
for (const [name, mapping] of Object.entries(MAPPING)) {
  const dataset = name;
  if (only && dataset !== only) continue;
  const file = join(DIR, `${dataset}_dev.jsonl`);
  if (!existsSync(file)) continue;
  const types = [...new Set(Object.values(mapping))];
  const strict = new Map<string, Counts>();
  const overlapP = new Map<string, Counts>();
  const overlapR = new Map<string, Counts>();
  const goldN = new Map<string, number>();
  const predN = new Map<string, number>();
  const bump = (m: Map<string, Counts>, t: string, k: keyof Counts) => {
    for (const key of [t, 'micro']) {
      const c = m.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      m.set(key, c);
    }
  };
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  let sentences = 0;
  const t0 = performance.now();
  for (const line of lines) {
    const doc = JSON.parse(line) as { text: string; lang: Lang; entities: Array<{ start: number; end: number; type: string; text: string }> };
    const gold: Span[] = doc.entities.filter((e) => mapping[e.type]).map((e) => ({ start: e.start, end: e.end, type: mapping[e.type]!, text: e.text }));
    const pred: Span[] = extractEntities(doc.text, doc.lang).filter((e) => types.includes(e.type));
    sentences++;
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) {
      predN.set(s.type, (predN.get(s.type) ?? 0) + 1);
      bump(strict, s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
      const hit = gold.some((g) => g.type === s.type && g.start < s.end && s.start < g.end);
      bump(overlapP, s.type, hit ? 'tp' : 'fp');
      if (!hit && showErrors === s.type) errors.push(`FP ${name} ${s.type} «${s.text}»`);
    }
    for (const g of gold) {
      goldN.set(g.type, (goldN.get(g.type) ?? 0) + 1);
      if (!predKeys.has(key(g))) bump(strict, g.type, 'fn');
      const hit = pred.some((s) => g.type === s.type && g.start < s.end && s.start < g.end);
      bump(overlapR, g.type, hit ? 'tp' : 'fn');
      if (!hit && showErrors === g.type) errors.push(`FN ${name} ${g.type} «${g.text}»`);
    }
  }
  const ms = performance.now() - t0;
  results[name] = {};
  console.log(`\n${name} (${lines.length} texts, ${Math.round(ms)} ms)`);
  console.log('  type        strict P   R      F1     | overlap P  R      F1     | gold  pred');
  for (const t of [...types, 'micro']) {
    const g = t === 'micro' ? [...goldN.values()].reduce((a, b) => a + b, 0) : (goldN.get(t) ?? 0);
    const p = t === 'micro' ? [...predN.values()].reduce((a, b) => a + b, 0) : (predN.get(t) ?? 0);
    const s = score(strict.get(t) ?? { tp: 0, fp: 0, fn: 0 }, g, p);
    const op = overlapP.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const or = overlapR.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = op.tp + op.fp === 0 ? 0 : op.tp / (op.tp + op.fp);
    const recall = or.tp + or.fn === 0 ? 0 : or.tp / (or.tp + or.fn);
    const o: Score = { p: round(precision), r: round(recall), f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)), gold: g, pred: p };
    results[name]![t] = { strict: s, overlap: o };
    const f = (x: number) => x.toFixed(3).padEnd(6);
    console.log(`  ${t.padEnd(10)}  ${f(s.p)}   ${f(s.r)} ${f(s.f1)} | ${f(o.p)}     ${f(o.r)} ${f(o.f1)} | ${String(g).padEnd(5)} ${p}`);
  }
  void sentences;
}
if (showErrors) {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([e, n]) => `${n}\t${e}`).join('\n'));
}
mkdirSync(join(import.meta.dirname, '../../.bench'), { recursive: true });
writeFileSync(join(import.meta.dirname, '../../.bench/eval-ner.json'), JSON.stringify(results, null, 2));
