import { enqueue, startWorker, status, type WorkerEvent } from '../../batch/queue.js';
import { counted, describe, positiveInteger, type Context } from '../context.js';
import { parseJobs } from '../progress.js';

interface QueueFlags {
  redis: string;
  name: string;
}

/** `medbitext queue add INPUT… --redis URL`: one job per document. */
export async function add(ctx: Context, inputs: string[], flags: QueueFlags): Promise<void> {
  const s = await enqueue(inputs, { redis: flags.redis, name: flags.name });
  for (const e of s.failed) process.stderr.write(`medbitext: ${describe(ctx, e)}\n`);
  process.stderr.write(ctx.t('queue.added', { added: counted(ctx, 'document', s.added), already: s.already, failed: s.failed.length }) + '\n');
  if (s.failed.length > 0) process.exitCode = 1;
}

/** `medbitext queue status`: counts as one JSON line on stdout, a sentence on stderr. */
export async function showStatus(ctx: Context, flags: QueueFlags): Promise<void> {
  const s = await status({ redis: flags.redis, name: flags.name });
  process.stdout.write(JSON.stringify(s) + '\n');
  process.stderr.write(ctx.t('queue.counts', { ...s, reduced: ctx.t(s.reduced ? 'queue.yes' : 'queue.no') }) + '\n');
}

interface WorkerFlags extends QueueFlags {
  out: string;
  concurrency?: string;
  lockMs: string;
  exitWhenDone?: boolean;
}

/** `medbitext worker --redis URL --out DIR`: process jobs until stopped (or drained). */
export async function work(ctx: Context, flags: WorkerFlags): Promise<void> {
  const onEvent = (e: WorkerEvent) => {
    if (e.state === 'done') process.stderr.write(ctx.t('worker.done', { id: e.id }) + '\n');
    else if (e.state === 'failed') process.stderr.write(ctx.t(e.final ? 'worker.dead' : 'worker.retry', { id: e.id, reason: e.reason }) + '\n');
    else if (e.state === 'waiting') process.stderr.write(ctx.t('worker.waiting', { queue: e.queue }) + '\n');
    else process.stderr.write(ctx.t('worker.reduced', { documents: counted(ctx, 'document', e.counts.documents), out: flags.out }) + '\n');
  };
  const worker = await startWorker({
    redis: flags.redis,
    name: flags.name,
    out: flags.out,
    concurrency: parseJobs(flags.concurrency, '--concurrency'),
    lockMs: positiveInteger(flags.lockMs, '--lock-ms'),
    onEvent,
  });
  const stop = async () => {
    await worker.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (flags.exitWhenDone) {
    await worker.drained();
    await worker.close();
  }
}
