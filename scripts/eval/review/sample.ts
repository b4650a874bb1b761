/**
 * Draw the review sample from the glossaries last built by
 * `npm run eval -- glossary`: for each corpus, the entries ordered by score
 * are cut into three equal thirds by rank and 50 entries are drawn from each
 * with a seeded generator, so the same glossary and seed give the same sample.
 * Judgements of identical pairs (same `en` and `pt`) in earlier samples named
 * with --carry (one name per flag, the flag repeated) are copied in and marked `carried`; the rest are left empty.
 *
 *   npx tsx scripts/eval/review/sample.ts --name NAME [--seed 17] [--per-third 50] [--carry OLD1 --carry OLD2 …]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPORA, readEvalGlossary, sourceCommit, type CorpusName } from '../_glossaries.js';
import { draw, generator, nameHash } from './_random.js';
import { reviewArgs, sampleDir } from './_args.js';
import { contextFile, readSample, REVIEW_DIR, THIRDS, writeSample, type SampledEntry, type SampleMeta, type Third } from './_sample-file.js';

const { values } = reviewArgs('sample', {
  name: { type: 'string' },
  seed: { type: 'string', default: '17' },
  'per-third': { type: 'string', default: '50' },
  carry: { type: 'string', multiple: true, default: [] },
  force: { type: 'boolean', default: false },
});
const { name, dir } = sampleDir('sample', values.name, { fresh: true, force: values.force });
const seed = Number(values.seed);
const perThird = Number(values['per-third']);

/** Judgements of earlier samples, by `en\0pt`. */
function carried(names: string[]): Map<string, SampledEntry> {
  const out = new Map<string, SampledEntry>();
  for (const name of names) {
    for (const corpus of Object.keys(CORPORA)) {
      const from = join(REVIEW_DIR, name);
      if (!existsSync(join(from, `${corpus}.jsonl`))) continue;
      for (const r of readSample(from, corpus)) if (r.translation && r.termhood) out.set(`${r.en}\u0000${r.pt}`, { ...r, carried: r.carried ?? name });
    }
  }
  return out;
}

const earlier = carried(values.carry);
const meta: SampleMeta = { name, seed, perThird, commit: sourceCommit(), date: new Date().toISOString().slice(0, 10), corpora: {} };
mkdirSync(dir, { recursive: true });
for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const { entries, candidates } = readEvalGlossary(corpus);
  // The glossary file is best first already; sorted again so a file in another order samples the same thirds.
  const ranked = entries.map((e, i) => ({ e, i })).sort((a, b) => b.e.score - a.e.score || a.i - b.i).map(({ e }) => e);
  const random = generator(seed ^ nameHash(corpus));
  const bounds = [0, Math.round(ranked.length / 3), Math.round((2 * ranked.length) / 3), ranked.length];
  const rows: SampledEntry[] = [];
  const context: string[] = [];
  const thirds = {} as SampleMeta['corpora'][string]['thirds'];
  THIRDS.forEach((third: Third, t) => {
    const [lo, hi] = [bounds[t]!, bounds[t + 1]!];
    thirds[third] = { ranks: [lo + 1, hi], scores: [ranked[hi - 1]?.score ?? 0, ranked[lo]?.score ?? 0] };
    for (const i of draw(lo, hi, perThird, random)) {
      const e = ranked[i]!;
      const old = earlier.get(`${e.en}\u0000${e.pt}`);
      context.push(JSON.stringify({ en: e.en, pt: e.pt, examples: e.examples }));
      rows.push({
        corpus,
        third,
        rank: i + 1,
        score: e.score,
        en: e.en,
        pt: e.pt,
        type: e.type,
        origin: e.origin,
        count: e.count,
        documents: e.documents,
        ...('variants' in e ? { variants: (e as { variants?: unknown }).variants } : {}),
        doc: e.examples[0]?.doc,
        translation: old?.translation ?? '',
        termhood: old?.termhood ?? '',
        form: old?.form ?? '',
        correct_type: old?.correct_type ?? '',
        note: old?.note ?? '',
        ...(old ? { carried: old.carried } : {}),
      });
    }
  });
  meta.corpora[corpus] = { entries: entries.length, candidates: candidates.length, thirds };
  writeSample(dir, corpus, rows);
  const examples = contextFile(name, corpus);
  mkdirSync(dirname(examples), { recursive: true });
  writeFileSync(examples, context.join('\n') + '\n');
  const carriedCount = rows.filter((r) => r.carried).length;
  console.log(`${corpus}: ${rows.length} entries sampled from ${entries.length} (${carriedCount} judgements carried over) → ${join(dir, `${corpus}.jsonl`)}`);
}
writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
