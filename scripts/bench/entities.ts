/**
 * Entity extraction speed on one core: sentences per second of
 * `extractEntities` over the bundled report's sentences (split naively on
 * sentence ends) repeated, and documents per second of `documentEntities`
 * (the stage as the pipeline runs it: each sentence read for abbreviation
 * definitions, then with the document's) on the same sentences as one
 * document. Repeating warms the per-word memos (tokens, word formation) as
 * a large corpus does; text never seen before runs slower.
 *
 *   npx tsx scripts/bench/entities.ts [--seconds N]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/entities/extract.js';
import { documentEntities } from '../../src/entities/plugin.js';
import type { Lang, Sentence } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 3;

const report = readFileSync(join(root, 'corpus/calcinosis-cutis-lupus-case-report.txt'), 'utf8')
  .replace(/-\n(?=\p{Ll})/gu, '')
  .replace(/\s+/g, ' ')
  .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
  .filter((s) => s.length > 20);
// The report is mostly English; the Portuguese abstract sentences carry accents.
const sentences: Array<[string, Lang]> = report.map((s) => [s, /[ãõçêâ]/.test(s) ? 'pt' : 'en']);

const t0 = performance.now();
extractEntities('prednisone 30 mg/day', 'en');
extractEntities('prednisona 30 mg/dia', 'pt');
const warm = performance.now() - t0;

let n = 0;
let entities = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (const [s, lang] of sentences) {
    entities += extractEntities(s, lang).length;
    n++;
  }
}
const elapsed = (performance.now() - start) / 1000;

const document: Sentence[] = sentences.map(([text, lang], k) => ({ id: `s${k}`, lang, n: k, part: 'body', section: 'Case report', text, start: 0, end: text.length, citations: [] }));
let documents = 0;
const docStart = performance.now();
while (performance.now() - docStart < seconds * 1000) {
  documentEntities(document);
  documents++;
}
const docElapsed = (performance.now() - docStart) / 1000;

const result = {
  sentences: n,
  seconds: Math.round(elapsed * 100) / 100,
  sentencesPerSecond: Math.round(n / elapsed),
  entitiesPerSentence: Math.round((entities / n) * 100) / 100,
  loadMs: Math.round(warm),
  corpusSentences: sentences.length,
  documentSentencesPerSecond: Math.round((documents * document.length) / docElapsed),
};
console.log(`entities: ${result.sentencesPerSecond} sentences/s (${n} sentences in ${result.seconds} s, ${result.entitiesPerSentence} entities/sentence; lexicon load ${result.loadMs} ms)`);
console.log(`entities stage (documentEntities): ${result.documentSentencesPerSecond} sentences/s (${documents} documents of ${document.length} sentences)`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/bench-entities.json'), JSON.stringify(result, null, 2));
