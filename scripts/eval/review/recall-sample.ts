/**
 * Draw a recall sample: aligned sentence pairs of the glossaries last built by
 * `npm run eval -- glossary` (`alignment.jsonl` of each corpus), for a judge
 * to list the terms each pair holds with their translation in it
 * (PROTOCOL.md, "Recall"). Links with a sentence on both sides, scored above
 * the aligner's own emission threshold, not an article's keyword lines (the
 * glossary pairs those as lists), drawn with a seeded generator, so the same
 * build and seed give the same pairs. The folder gets `<corpus>.jsonl`, one
 * pair a line with `terms` empty until judged; the sentences are dev data and
 * go beside the built glossary (`.bench/eval-glossary/review/<name>/`), line
 * for line. recall.ts scores a judged sample against a glossary.
 *
 *   npx tsx scripts/eval/review/recall-sample.ts --name NAME [--seed 20261207] [--per-corpus 40]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitThreshold } from '../../../src/align/score.js';
import { CORPORA, OUT, sourceCommit, type CorpusName } from '../_glossaries.js';
import { draw, generator, nameHash } from './_random.js';
import { reviewArgs, sampleDir } from './_args.js';
import { recallContextFile, writeRecallSample, type RecallPair } from './_recall-file.js';

const { values } = reviewArgs('recall-sample', {
  name: { type: 'string' },
  seed: { type: 'string', default: '20261207' },
  'per-corpus': { type: 'string', default: '40' },
  force: { type: 'boolean', default: false },
});
const { name, dir } = sampleDir('recall-sample', values.name, { fresh: true, force: values.force });
const seed = Number(values.seed);
const perCorpus = Number(values['per-corpus']);
const threshold = emitThreshold();

interface Link {
  doc: string;
  part?: string;
  en: number[];
  pt: number[];
  score: number;
  en_text: string;
  pt_text: string;
}

const meta = { name, kind: 'recall', seed, perCorpus, threshold, commit: sourceCommit(), date: new Date().toISOString().slice(0, 10), corpora: {} as Record<string, { links: number; eligible: number }> };
mkdirSync(dir, { recursive: true });
for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const file = join(OUT, corpus, 'alignment.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run eval -- glossary\` first`);
  const links = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Link);
  const eligible = links.filter((l) => l.en.length > 0 && l.pt.length > 0 && l.score > threshold && l.part !== 'keywords' && l.en_text.trim() && l.pt_text.trim());
  const random = generator(seed ^ nameHash(corpus));
  const picked = draw(0, eligible.length, perCorpus, random).map((i) => eligible[i]!);
  const rows: RecallPair[] = picked.map((l) => ({ corpus, doc: l.doc, ...(l.part ? { part: l.part } : {}), en: l.en, pt: l.pt, score: Math.round(l.score * 1000) / 1000, terms: [], note: '' }));
  writeRecallSample(dir, corpus, rows);
  const context = recallContextFile(name, corpus);
  mkdirSync(dirname(context), { recursive: true });
  writeFileSync(context, picked.map((l) => JSON.stringify({ doc: l.doc, en: l.en, pt: l.pt, en_text: l.en_text, pt_text: l.pt_text })).join('\n') + '\n');
  meta.corpora[corpus] = { links: links.length, eligible: eligible.length };
  console.log(`${corpus}: ${rows.length} pairs drawn from ${eligible.length} eligible links of ${links.length} → ${join(dir, `${corpus}.jsonl`)}; sentences in ${context}`);
}
writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
