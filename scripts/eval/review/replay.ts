/**
 * Replay the keep/hold decision of the glossaries last built by
 * `npm run eval -- glossary` on every pair judged so far (_replay.ts): how
 * many judged-useful pairs are kept, how many judged-not-useful ones are
 * removed. `--list` names the useful pairs lost and the others kept, to read
 * as a whole, not to tune on one by one.
 *
 *   npx tsx scripts/eval/review/replay.ts [--list] [--json]
 */
import { CORPORA, readEvalGlossary, type CorpusName } from '../_glossaries.js';
import { figures, judgedPairs, replay, report } from './_replay.js';

const out: Record<string, unknown> = {};
for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const glossary = readEvalGlossary(corpus);
  const rows = replay(judgedPairs(corpus), glossary);
  console.log(`\n${report(corpus, glossary.entries.length, rows, process.argv.includes('--list')).join('\n')}`);
  out[corpus] = figures(rows);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(out, null, 2));
