/**
 * Whole-pipeline throughput of `medbitext run` on abstract-sized documents:
 * documents/s and peak RSS (of the process and its worker threads), for
 * corpora recombined from the dev WMT abstracts (raw EN/PT text, so every
 * stage runs), with --jobs 1 and --jobs 2. One process per run, start-up
 * included. CPU seconds (user + system, all threads) are printed beside the
 * wall time: on a shared machine they vary less. Per core is documents/s over
 * --jobs; per CPU second counts every thread's time, the collector's too. A second run over the
 * same output folder (every document already done) measures the reduce
 * step alone (its time, with start-up, is taken off the run's to give the map
 * step's rate, which a large corpus approaches).
 *
 *   npx tsx scripts/bench/batch.ts            # 1,000 and 10,000 documents (~4 minutes on 2 cores)
 *   BENCH_DOCS=1000 npx tsx scripts/bench/batch.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDocuments } from './_corpus.js';

const root = join(import.meta.dirname, '../..');

/** The bench corpus of n documents as one JSONL file in a fresh folder. */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mbt-bench-batch-'));
  writeFileSync(join(dir, 'docs.jsonl'), benchDocuments(n).map((d) => JSON.stringify(d)).join('\n') + '\n');
  return dir;
}

const sizes = (process.env.BENCH_DOCS ?? '1000,10000').split(',').map(Number);
const results: Array<Record<string, number | undefined>> = [];
/** One `medbitext run` over the corpus, timed, with its peak RSS. */
function run(dir: string, out: string, jobs: number) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(root, 'bin/medbitext.js'), 'run', join(dir, 'docs.jsonl'), '--out', out, '--jobs', String(jobs)], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [user, system, rssKb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  if (r.status !== 0) console.log(r.stderr.split('\n').slice(-5).join('\n'));
  return { seconds: +seconds.toFixed(1), cpuSeconds: +(user! + system!).toFixed(1), peakRssMb: +(rssKb! / 1024).toFixed(0) };
}

for (const n of sizes) {
  const dir = corpus(n);
  // A run's time less the reduce's (with its start-up) is the map step's, whose rate a large corpus approaches.
  for (const jobs of [1, 2]) {
    const out = join(dir, `out-${jobs}`);
    const m = run(dir, out, jobs);
    // The reduce alone: a rerun over the run's own output, every document done (with --jobs 2 the glossary has a thread).
    const reduce = run(dir, out, jobs);
    const map = m.seconds - reduce.seconds;
    const mapDocsPerSecond = map > 0 ? +(n / map).toFixed(1) : undefined;
    // Per core: --jobs N keeps N cores busy (the main thread only reads inputs and records the manifest).
    const row = { documents: n, jobs, ...m, docsPerSecond: +(n / m.seconds).toFixed(1), docsPerSecondPerCore: +(n / m.seconds / jobs).toFixed(1), docsPerCpuSecond: +(n / m.cpuSeconds).toFixed(1), mapDocsPerSecond };
    results.push(row);
    console.log(
      `${String(n).padStart(6)} docs  --jobs ${jobs}  ${row.seconds.toFixed(1).padStart(7)} s  (CPU ${row.cpuSeconds.toFixed(1)} s)  ${row.docsPerSecond.toFixed(1).padStart(6)} docs/s (${row.docsPerSecondPerCore.toFixed(1)} per core, ${row.docsPerCpuSecond.toFixed(1)} per CPU s)  peak RSS ${row.peakRssMb} MB` +
        (mapDocsPerSecond ? `  (less the reduce-only run: ~${mapDocsPerSecond} docs/s)` : ''),
    );
    results.push({ documents: n, jobs, reduceOnly: 1, ...reduce });
    console.log(`${String(n).padStart(6)} docs  --jobs ${jobs}, reduce only  ${reduce.seconds.toFixed(1).padStart(5)} s  (CPU ${reduce.cpuSeconds.toFixed(1)} s)  peak RSS ${reduce.peakRssMb} MB`);
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'bench-batch.json'), JSON.stringify(results, null, 2));
