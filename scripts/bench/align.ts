/**
 * Aligner throughput: sentences per second and peak memory aligning the WMT
 * dev documents, repeated to make a corpus large enough that start-up does
 * not dominate. One process, start-up (module and data loading) included.
 *
 *   npx tsx scripts/bench/align.ts [--repeat N]
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';

const started = performance.now();
const { alignSentences } = await import('../../src/align/align.js');
const repeat = Number(process.argv[process.argv.indexOf('--repeat') + 1] ?? 0) || 20;
const docs: Array<{ en_sentences: string[]; pt_sentences: string[] }> = readFileSync(
  new URL('../../../shared/eval/dev/align/wmt_dev.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

let sentences = 0;
let peak = 0;
for (let r = 0; r < repeat; r++) {
  for (const d of docs) {
    alignSentences(d.en_sentences, d.pt_sentences);
    sentences += d.en_sentences.length + d.pt_sentences.length;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const result = { documents: docs.length * repeat, sentences, seconds, sentencesPerSecond: sentences / seconds, peakRssMB: peak / 2 ** 20 };
console.log(
  `align: ${result.documents} documents, ${sentences} sentences in ${seconds.toFixed(2)} s = ${Math.round(result.sentencesPerSecond)} sentences/s, peak RSS ${result.peakRssMB.toFixed(0)} MB`,
);
mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../.bench/bench-align.json', import.meta.url), JSON.stringify(result, null, 2));
