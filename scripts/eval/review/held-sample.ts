/**
 * Draw a seeded sample of the candidates held back for one reason (default
 * `low confidence`) from the glossaries last built by `npm run eval --
 * glossary`, to judge how many are real terms with a right translation
 * (PROTOCOL.md's fields). The example sentences go beside the build, never
 * into the repository.
 *
 *   npx tsx scripts/eval/review/held-sample.ts --name NAME [--seed 2026] [--per-corpus 20] [--reason 'low confidence']
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPORA, readEvalGlossary, sourceCommit, type CorpusName } from '../_glossaries.js';
import { draw, generator, nameHash } from './_random.js';
import { reviewArgs, sampleDir } from './_args.js';
import { contextFile, writeSample, type SampledEntry } from './_sample-file.js';

const { values } = reviewArgs('held-sample', {
  name: { type: 'string' },
  seed: { type: 'string', default: '2026' },
  'per-corpus': { type: 'string', default: '20' },
  reason: { type: 'string', default: 'low confidence' },
});
const { name, dir } = sampleDir('held-sample', values.name, { fresh: true });
mkdirSync(dir, { recursive: true });
const seed = Number(values.seed);
const meta = { name, seed, reason: values.reason, commit: sourceCommit(), date: new Date().toISOString().slice(0, 10), corpora: {} as Record<string, number> };
for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const held = readEvalGlossary(corpus).candidates.filter((c) => (c as { reason?: string }).reason === values.reason);
  meta.corpora[corpus] = held.length;
  const picked = draw(0, held.length, Number(values['per-corpus']), generator(seed ^ nameHash(corpus)));
  const rows: SampledEntry[] = picked.map((i) => {
    const c = held[i]!;
    return { corpus, third: 'bottom', rank: i + 1, score: c.score, en: c.en, pt: c.pt, type: c.type, origin: c.origin, count: c.count, documents: c.documents, doc: c.examples[0]?.doc, translation: '', termhood: '', form: '', correct_type: '', note: '' };
  });
  writeSample(dir, corpus, rows);
  const examples = contextFile(name, corpus);
  mkdirSync(dirname(examples), { recursive: true });
  writeFileSync(examples, picked.map((i) => JSON.stringify({ en: held[i]!.en, pt: held[i]!.pt, examples: held[i]!.examples })).join('\n') + '\n');
  console.log(`${corpus}: ${rows.length} of ${held.length} held back (${values.reason}) → ${join(dir, `${corpus}.jsonl`)}`);
}
writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
