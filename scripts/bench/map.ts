/**
 * The map step alone, in one process on one core: CPU milliseconds per
 * document of `processDocument` (ingest → glossary terms) over abstract-sized
 * documents recombined from the dev WMT abstracts as scripts/bench/batch.ts
 * makes them (abstract k%200, its sentences rotated by ⌊k/200⌋). The corpus is
 * run several times; the first pass (module loading, cold memos) is printed
 * apart and the best later pass is the figure, since a large corpus runs
 * warm. Per-stage times come from a processor with a timing plugin between
 * the stages (same stages, same order as src/processor.ts).
 *
 *   npx tsx scripts/bench/map.ts                 # 1,000 documents, 4 passes
 *   BENCH_DOCS=200 BENCH_PASSES=6 npx tsx scripts/bench/map.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type Plugin } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import ingest from '../../src/ingest/plugin.js';
import clean from '../../src/clean/plugin.js';
import segment from '../../src/segment/plugin.js';
import align from '../../src/align/plugin.js';
import entities from '../../src/entities/plugin.js';
import glossaryTerms from '../../src/glossary/plugin.js';
import type { DocumentInput } from '../../src/types.js';
import { benchDocuments } from './_corpus.js';

const root = join(import.meta.dirname, '../..');
const count = Number(process.env.BENCH_DOCS ?? 1000);
const passes = Math.max(2, Number(process.env.BENCH_PASSES ?? 4));
const inputs: DocumentInput[] = benchDocuments(count).map((d) => ({ kind: 'pair', en: d.en_text, pt: d.pt_text }));

const STAGES = { ingest, clean, segment, align, entities, glossary: glossaryTerms } as const;
type Stage = keyof typeof STAGES;
const spent = new Map<Stage, number>();
let last = 0;
const start: Plugin<[], Node> = () => () => {
  last = process.cpuUsage().user;
};
const done =
  (stage: Stage): Plugin<[], Node> =>
  () =>
  () => {
    const now = process.cpuUsage().user;
    spent.set(stage, (spent.get(stage) ?? 0) + now - last);
    last = now;
  };
let processor = unified().use(start);
for (const [name, plugin] of Object.entries(STAGES) as Array<[Stage, Plugin<[], Node>]>) processor = processor.use(plugin).use(done(name));
const frozen = processor.freeze();

const perPass: number[] = [];
let best: Map<Stage, number> | undefined;
for (let p = 0; p < passes; p++) {
  spent.clear();
  const before = process.cpuUsage();
  for (let k = 0; k < inputs.length; k++) {
    const file = new VFile();
    file.data.id = `b${k}`;
    file.data.input = inputs[k]!;
    await frozen.run({ type: 'root' }, file);
  }
  const cpu = process.cpuUsage(before);
  const msPerDoc = (cpu.user + cpu.system) / 1000 / inputs.length;
  perPass.push(msPerDoc);
  if (p > 0 && msPerDoc === Math.min(...perPass.slice(1))) best = new Map(spent);
}

const warm = Math.min(...perPass.slice(1));
const stages = Object.fromEntries([...(best ?? spent)].map(([s, us]) => [s, Number((us / 1000 / inputs.length).toFixed(3))]));
console.log(`map step, ${inputs.length} documents, ${passes} passes (CPU ms per document)`);
console.log(`  first pass ${perPass[0]!.toFixed(2)}   warm (best later pass) ${warm.toFixed(2)}   passes ${perPass.map((v) => v.toFixed(2)).join(' ')}`);
console.log(`  by stage (user CPU, warm): ${Object.entries(stages).map(([s, v]) => `${s} ${v}`).join('  ')}`);

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench/bench-map.json'),
  `${JSON.stringify({ documents: inputs.length, passes, firstPassMsPerDoc: Number(perPass[0]!.toFixed(3)), warmMsPerDoc: Number(warm.toFixed(3)), stagesMsPerDoc: stages }, null, 2)}\n`,
);
