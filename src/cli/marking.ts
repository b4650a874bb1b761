import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** Commands that process documents on a pool of threads, and the flag that sizes it (default: the number of cores). */
const POOLED: Record<string, string[]> = { run: ['-j', '--jobs'], index: ['-j', '--jobs'], worker: ['--concurrency'] };

/**
 * The pool size a command line asks for: the last value given to its flag
 * (`--jobs 2`, `--jobs=2`, `-j 2`, `-j2`), else the number of cores;
 * undefined for commands without a pool.
 */
export function poolSize(argv: string[]): number | undefined {
  const flags = POOLED[argv[2] ?? ''];
  if (!flags) return undefined;
  let size = availableParallelism();
  for (let i = 3; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    for (const f of flags) {
      const value = a === f ? argv[i + 1] : a.startsWith(f + '=') ? a.slice(f.length + 1) : f === '-j' && /^-j\d/.test(a) ? a.slice(2) : undefined;
      // A bad value is the command's to report; here it changes nothing.
      if (value !== undefined && /^\d+$/.test(value)) size = Number(value);
    }
  }
  return size;
}

/**
 * V8 marks the old generation on helper threads while a thread runs on
 * (concurrent marking). With a spare core that is free time; with a pool
 * thread per core it only takes cores from the pool, and costs its own
 * overhead on top (docs/performance.md, "Concurrent marking", has the figures).
 * So a command whose pool fills every core turns it off for the process. Only
 * here, before any work: V8's flags are the process's, and this one must not
 * change while a heap is being marked (a collection would then not pause the
 * marking threads). A program calling runCorpus decides for itself
 * (`node --no-concurrent-marking`).
 */
export function markConcurrentlyUnlessPoolFull(argv: string[]): void {
  const size = poolSize(argv);
  if (size !== undefined && size >= availableParallelism()) setFlagsFromString('--no-concurrent-marking');
}
