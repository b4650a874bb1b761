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
 * The stages timed are the built ones under dist/, which the CLI runs, not
 * src/ through tsx, whose transform wraps every named function (`keepNames`).
 * `npm run bench` builds first; run directly, the script stops when dist/ is
 * older than src/. Compare trees at the default size, run alternately: a
 * small corpus run many times measures the word memos more than the stages
 * (docs/performance.md, "The map bench").
 *
 *   npx tsx scripts/bench/map.ts                 # 1,000 documents, 4 passes
 *   BENCH_DOCS=200 BENCH_PASSES=6 npx tsx scripts/bench/map.ts   # a quick look only
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { DocumentInput } from '../../src/types.js';
import { benchDocuments } from './_corpus.js';

const root = join(import.meta.dirname, '../..');

/** A source file whose build under dist/ is missing or older than it (`npm run build` brings dist/ up to date). */
function staleBuild(dir = join(root, 'src')): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const stale = staleBuild(path);
      if (stale) return stale;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const built = join(root, 'dist', relative(join(root, 'src'), path)).replace(/\.ts$/, '.js');
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return relative(root, path);
    }
  }
  return undefined;
}
const stale = staleBuild();
if (stale) {
  console.error(`map bench: dist/ is not built from the current src/ (${stale}); run \`npm run build\` first`);
  process.exit(2);
}
const built = async (stage: string): Promise<Plugin<[], Node>> => (await import(join(root, 'dist', stage, 'plugin.js'))).default;
const count = Number(process.env.BENCH_DOCS ?? 1000);
const passes = Math.max(2, Number(process.env.BENCH_PASSES ?? 4));
const inputs: DocumentInput[] = benchDocuments(count).map((d) => ({ kind: 'pair', en: d.en_text, pt: d.pt_text }));

const STAGES = {
  ingest: await built('ingest'),
  clean: await built('clean'),
  segment: await built('segment'),
  align: await built('align'),
  entities: await built('entities'),
  glossary: await built('glossary'),
} as const;
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

const loadBefore = loadavg()[0]!;
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
const later = perPass.slice(1).sort((a, b) => a - b);
const median = later.length % 2 ? later[later.length >> 1]! : (later[later.length / 2 - 1]! + later[later.length / 2]!) / 2;
const load = [loadBefore, loadavg()[0]!].map((l) => l.toFixed(1));
const stages = Object.fromEntries([...(best ?? spent)].map(([s, us]) => [s, Number((us / 1000 / inputs.length).toFixed(3))]));
console.log(`map step (dist/), ${inputs.length} documents, ${passes} passes (CPU ms per document; load average ${load.join(' → ')})`);
console.log(`  first pass ${perPass[0]!.toFixed(2)}   warm (best later pass) ${warm.toFixed(2)}, median later pass ${median.toFixed(2)}   passes ${perPass.map((v) => v.toFixed(2)).join(' ')}`);
console.log(`  by stage (user CPU, warm): ${Object.entries(stages).map(([s, v]) => `${s} ${v}`).join('  ')}`);

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench/bench-map.json'),
  `${JSON.stringify({ documents: inputs.length, passes, build: 'dist', loadAverage: load.map(Number), firstPassMsPerDoc: Number(perPass[0]!.toFixed(3)), warmMsPerDoc: Number(warm.toFixed(3)), medianLaterPassMsPerDoc: Number(median.toFixed(3)), stagesMsPerDoc: stages }, null, 2)}\n`,
);
