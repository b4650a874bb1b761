/**
 * The entries two builds of the eval glossaries differ by, each looked up
 * among every judged pair (replay.ts's lookup): removed, added, and type
 * changed, with the judgement (useful or not, the judged type) where some
 * sample has the pair. Compare a copy of .bench/eval-glossary taken before a
 * change (`--before DIR`) with the glossaries last built.
 *
 *   npx tsx scripts/eval/review/changes.ts --before DIR
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, OUT, type CorpusName } from '../_glossaries.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { judgedPairs, replay } from './_replay.js';
import { readSample, REVIEW_DIR } from './_sample-file.js';
import { reviewArgs, usageError } from './_args.js';
import { existsSync, readdirSync } from 'node:fs';

const { values } = reviewArgs('changes', { before: { type: 'string' } });
const before = values.before ?? usageError('changes', '--before DIR is required (the glossaries built before the change)');

const read = (root: string, corpus: string, f: string) => JSON.parse(readFileSync(join(root, corpus, f), 'utf8')) as GlossaryEntry[];
const key = (e: GlossaryEntry) => `${e.en}\u0000${e.pt}`;

/** The judged type of each pair (first sample's), by `en`/`pt`. */
function judgedTypes(corpus: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(REVIEW_DIR).sort()) {
    if (!existsSync(join(REVIEW_DIR, name, `${corpus}.jsonl`))) continue;
    for (const r of readSample(join(REVIEW_DIR, name), corpus)) if (r.correct_type && !out.has(`${r.en}\u0000${r.pt}`)) out.set(`${r.en}\u0000${r.pt}`, r.correct_type);
  }
  return out;
}

for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const old = read(before, corpus, 'glossary.json');
  const now = read(OUT, corpus, 'glossary.json');
  const nowKeys = new Map(now.map((e) => [key(e), e]));
  const oldKeys = new Map(old.map((e) => [key(e), e]));
  const pairs = judgedPairs(corpus);
  const types = judgedTypes(corpus);
  // A judged pair's verdict on an entry: the replay's lookup run on that one entry.
  const verdict = (e: GlossaryEntry) => {
    const hit = replay(pairs, { entries: [e], candidates: [] }).find((r) => r.fate.kind === 'kept');
    if (!hit) return 'unjudged';
    const t = types.get(`${hit.judged.en}\u0000${hit.judged.pt}`);
    return `${hit.judged.useful ? 'useful' : 'NOT useful'}${t ? `, judged type ${t}` : ''}`;
  };
  const removed = old.filter((e) => !nowKeys.has(key(e)));
  const added = now.filter((e) => !oldKeys.has(key(e)));
  const retyped = now.filter((e) => oldKeys.has(key(e)) && oldKeys.get(key(e))!.type !== e.type);
  console.log(`\n${corpus}: ${old.length} → ${now.length} entries; removed ${removed.length}, added ${added.length}, type changed ${retyped.length}`);
  for (const e of removed) console.log(`  - ${e.en} ↔ ${e.pt} [${e.type}] (${verdict(e)}); now: ${read(OUT, corpus, 'glossary.candidates.json').find((c) => key(c) === key(e))?.reason ?? 'absent'}`);
  for (const e of added) console.log(`  + ${e.en} ↔ ${e.pt} [${e.type}] (${verdict(e)})`);
  for (const e of retyped) console.log(`  ~ ${e.en} ↔ ${e.pt} [${oldKeys.get(key(e))!.type} → ${e.type}] (${verdict(e)})`);
}
