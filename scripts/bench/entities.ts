/**
 * Entity extraction speed on one core: sentences per second of
 * `extractEntities` over the bundled report's sentences (split naively on
 * sentence ends) repeated, and documents per second of `documentEntities`
 * (the stage as the pipeline runs it: each sentence read for abbreviation
 * definitions, then with the document's) on the same sentences as one
 * document. Repeating warms the per-word memos (tokens, word formation) as
 * a large corpus does; text never seen before runs slower. Then the stage as
 * `entities --batch` runs it, in this process: 34,200 JSONL lines (the
 * report's English sentences, 600 times), each parsed, extracted and
 * written as JSON. Each rate is given per CPU-second (this process's user and
 * system time) as well as per second: on a shared machine only the first
 * compares (docs/entities.md, Speed).
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

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

let n = 0;
let entities = 0;
const start = performance.now();
const cpuStart = cpu();
while (performance.now() - start < seconds * 1000) {
  for (const [s, lang] of sentences) {
    entities += extractEntities(s, lang).length;
    n++;
  }
}
const elapsed = (performance.now() - start) / 1000;
const cpuElapsed = cpu() - cpuStart;

const document: Sentence[] = sentences.map(([text, lang], k) => ({ id: `s${k}`, lang, n: k, part: 'body', section: 'Case report', text, start: 0, end: text.length, citations: [] }));
let documents = 0;
const docStart = performance.now();
const docCpu = cpu();
while (performance.now() - docStart < seconds * 1000) {
  documentEntities(document);
  documents++;
}
const docElapsed = (performance.now() - docStart) / 1000;
const docCpuElapsed = cpu() - docCpu;

const english = sentences.filter(([, lang]) => lang === 'en').map(([text]) => text);
const lines = Array.from({ length: 600 }, (_, round) => english.map((text, k) => JSON.stringify({ id: `${round}-${k}`, text }))).flat();
const batchCpu = cpu();
let written = 0;
for (const line of lines) {
  const rec = JSON.parse(line) as { id: string; text: string };
  written += JSON.stringify({ id: rec.id, entities: extractEntities(rec.text, 'en') }).length + 1;
}
const batchCpuElapsed = cpu() - batchCpu;

const result = {
  sentences: n,
  seconds: Math.round(elapsed * 100) / 100,
  sentencesPerSecond: Math.round(n / elapsed),
  sentencesPerCpuSecond: Math.round(n / cpuElapsed),
  entitiesPerSentence: Math.round((entities / n) * 100) / 100,
  loadMs: Math.round(warm),
  corpusSentences: sentences.length,
  documentSentencesPerSecond: Math.round((documents * document.length) / docElapsed),
  documentSentencesPerCpuSecond: Math.round((documents * document.length) / docCpuElapsed),
  batchLines: lines.length,
  batchCpuSeconds: Math.round(batchCpuElapsed * 100) / 100,
  batchLinesPerCpuSecond: Math.round(lines.length / batchCpuElapsed),
  batchBytes: written,
};
console.log(`entities: ${result.sentencesPerCpuSecond} sentences per CPU-second, ${result.sentencesPerSecond} sentences/s (${n} sentences in ${result.seconds} s, ${result.entitiesPerSentence} entities/sentence; lexicon load ${result.loadMs} ms)`);
console.log(`entities stage (documentEntities): ${result.documentSentencesPerCpuSecond} sentences per CPU-second, ${result.documentSentencesPerSecond} sentences/s (${documents} documents of ${document.length} sentences)`);
console.log(`entities --batch in process: ${result.batchLines} lines in ${result.batchCpuSeconds} CPU-s, ${result.batchLinesPerCpuSecond} lines per CPU-second`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/bench-entities.json'), JSON.stringify(result, null, 2));
