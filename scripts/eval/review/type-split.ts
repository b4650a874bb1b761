/**
 * Type accuracy of the glossaries last built by `npm run eval -- glossary`,
 * split into the judged pairs a type rule may be tuned on and a held-out
 * check: `tune` = every pair judged in the `--tune` samples (default
 * blind-1..blind-6), `held` = the pairs judged in the `--held` samples
 * (default blind-7..blind-11) that no tuning sample holds. Each pair is
 * looked up as replay.ts does; only pairs that are entries count. With
 * `--before DIR` (a copy of .bench/eval-glossary taken before a change) it
 * also compares, on the pairs that are entries in both builds, how many types
 * went right→wrong and wrong→right, and lists them.
 *
 *   npx tsx scripts/eval/review/type-split.ts [--before DIR] [--tune blind-1,…] [--held blind-7,…] [--list]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, OUT, type CorpusName } from '../_glossaries.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { replay, type Judged } from './_replay.js';
import { readSample, REVIEW_DIR } from './_sample-file.js';
import { reviewArgs } from './_args.js';

const { values } = reviewArgs('type-split', {
  tune: { type: 'string' },
  held: { type: 'string' },
  before: { type: 'string' },
  list: { type: 'boolean', default: false },
});
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `blind-${a + i}`);
const tune = values.tune?.split(',') ?? range(1, 6);
const held = values.held?.split(',') ?? range(7, 11);
const before = values.before;
const list = values.list;

interface TypeJudged extends Judged {
  correctType: string;
}

const pairKey = (en: string, pt: string) => `${en}\u0000${pt}`;

/** The pairs of some samples with a judged type, once each (the first sample's judgement). */
function judged(corpus: string, names: string[]): Map<string, TypeJudged> {
  const out = new Map<string, TypeJudged>();
  for (const name of names) {
    if (!existsSync(join(REVIEW_DIR, name, `${corpus}.jsonl`))) continue;
    for (const r of readSample(join(REVIEW_DIR, name), corpus)) {
      if (!r.correct_type || out.has(pairKey(r.en, r.pt))) continue;
      const useful = (r.translation === 'correct' || r.translation === 'variant') && r.termhood === 'term';
      out.set(pairKey(r.en, r.pt), { en: r.en, pt: r.pt, useful, from: name, correctType: r.correct_type });
    }
  }
  return out;
}

function glossary(root: string, corpus: CorpusName): { entries: GlossaryEntry[]; candidates: GlossaryEntry[] } {
  const read = (f: string) => JSON.parse(readFileSync(join(root, corpus, f), 'utf8')) as GlossaryEntry[];
  return { entries: read('glossary.json'), candidates: read('glossary.candidates.json') };
}

/** The type of each judged pair that is an entry of a build, by pair. */
function typesIn(root: string, corpus: CorpusName, pairs: readonly TypeJudged[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of replay([...pairs], glossary(root, corpus))) if (r.fate.kind === 'kept') out.set(pairKey(r.judged.en, r.judged.pt), r.fate.entry.type);
  return out;
}

const share = (n: number, d: number) => `${n}/${d} (${d === 0 ? '–' : ((100 * n) / d).toFixed(1)}%)`;

for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const tuned = judged(corpus, tune);
  const heldOut = [...judged(corpus, held).entries()].filter(([k]) => !tuned.has(k)).map(([, j]) => j);
  console.log(`\n${corpus}:`);
  for (const [name, pairs] of [['tune', [...tuned.values()]], ['held', heldOut]] as const) {
    const now = typesIn(OUT, corpus, pairs);
    const rows = pairs.filter((p) => now.has(pairKey(p.en, p.pt)));
    const right = rows.filter((p) => now.get(pairKey(p.en, p.pt)) === p.correctType).length;
    const typed = rows.filter((p) => now.get(pairKey(p.en, p.pt)) !== 'term');
    const typedRight = typed.filter((p) => now.get(pairKey(p.en, p.pt)) === p.correctType).length;
    console.log(`  ${name} (${pairs.length} judged pairs, ${rows.length} entries): type right ${share(right, rows.length)}; typed other than term, right ${share(typedRight, typed.length)}`);
    if (before) {
      const then = typesIn(before, corpus, pairs);
      const both = rows.filter((p) => then.has(pairKey(p.en, p.pt)));
      const changed = both.filter((p) => then.get(pairKey(p.en, p.pt)) !== now.get(pairKey(p.en, p.pt)));
      const isRight = (m: Map<string, string>, p: TypeJudged) => m.get(pairKey(p.en, p.pt)) === p.correctType;
      const fixed = changed.filter((p) => isRight(now, p) && !isRight(then, p));
      const broken = changed.filter((p) => !isRight(now, p) && isRight(then, p));
      const rightThen = both.filter((p) => isRight(then, p)).length;
      const rightNow = both.filter((p) => isRight(now, p)).length;
      console.log(`    entries in both builds ${both.length}: right ${rightThen} → ${rightNow}; wrong→right ${fixed.length}, right→wrong ${broken.length}, other changes ${changed.length - fixed.length - broken.length}`);
      for (const p of changed) console.log(`      ${p.en} ↔ ${p.pt}: ${then.get(pairKey(p.en, p.pt))} → ${now.get(pairKey(p.en, p.pt))} (judged ${p.correctType}, ${p.from})`);
    }
    if (list) {
      for (const p of rows.filter((p) => now.get(pairKey(p.en, p.pt)) !== p.correctType)) {
        console.log(`      wrong: ${p.en} ↔ ${p.pt}: ${now.get(pairKey(p.en, p.pt))} (judged ${p.correctType}${p.useful ? '' : ', not useful'}, ${p.from})`);
      }
    }
  }
}
