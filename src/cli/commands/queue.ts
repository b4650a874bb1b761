import { enqueue, startWorker, status, WorkerStopped, type WorkerEvent } from '../../batch/queue/index.js';
import { escapeLine } from '../../io/escape.js';
import { counted, describe, failureLine, place, positiveInteger, UsageError, type Context } from '../context.js';
import { parseJobs, parseLimits } from '../progress.js';
import { DecisionsError, describeDecisionsError } from '../review.js';

interface QueueFlags {
  redis: string;
  name: string;
  redisTimeout: string;
  followOutsideLinks?: boolean;
  maxDocumentBytes?: string;
  maxDocumentSentences?: string;
}

/** The flags every queue command shares, checked: a queue name BullMQ takes, a timeout in seconds. */
function queueConfig(flags: QueueFlags): { redis: string; name: string; timeoutMs: number } {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(flags.name)) throw new UsageError('badQueueName', { name: flags.name });
  const seconds = Number(flags.redisTimeout);
  if (!/^\d+(\.\d+)?$/.test(flags.redisTimeout.trim()) || !(seconds > 0)) throw new UsageError('badSeconds', { flag: '--redis-timeout', value: flags.redisTimeout });
  return { redis: flags.redis, name: flags.name, timeoutMs: Math.round(seconds * 1000) };
}

/** `medbitext queue add INPUT… --redis URL`: one job per document. */
export async function add(ctx: Context, inputs: string[], flags: QueueFlags): Promise<void> {
  const s = await enqueue(inputs, { ...queueConfig(flags), followOutsideLinks: flags.followOutsideLinks, limits: parseLimits(flags.maxDocumentBytes, flags.maxDocumentSentences) });
  for (const e of s.failed) process.stderr.write(`medbitext: ${describe(ctx, e)}\n`);
  for (const d of s.renamed) process.stderr.write(`medbitext: ${place(d.path, d.line)}  ${ctx.t('run.renamed', { id: escapeLine(d.renamedFrom!), as: escapeLine(d.id) })}\n`);
  process.stderr.write(ctx.t('queue.added', { added: counted(ctx, 'document', s.added), count: s.added, already: s.already, failed: s.failed.length }) + '\n');
  if (s.failed.length > 0) process.exitCode = s.added + s.already > 0 ? 1 : 2;
}

/** `medbitext queue status`: counts as one JSON line on stdout, a sentence on stderr. */
export async function showStatus(ctx: Context, flags: QueueFlags): Promise<void> {
  const s = await status(queueConfig(flags));
  process.stdout.write(JSON.stringify(s) + '\n');
  process.stderr.write(ctx.t('queue.counts', { ...s, reduced: ctx.t(s.reduced ? 'queue.yes' : 'queue.no') }) + '\n');
}

interface WorkerFlags extends QueueFlags {
  out: string;
  concurrency?: string;
  lockMs: string;
  exitWhenDone?: boolean;
}

/** One line for each thing a worker has to say. */
function workerLine(ctx: Context, e: WorkerEvent, out: string): string {
  const { t } = ctx;
  if (e.state === 'done') return t('worker.done', { id: escapeLine(e.id) });
  // A document its reader refused is said as `run` says it: its place and the localized reason.
  if (e.state === 'failed') return t(e.final ? 'worker.dead' : 'worker.retry', { id: escapeLine(e.id), reason: e.input ? describe(ctx, e.input) : escapeLine(e.reason) });
  if (e.state === 'waiting') return t('worker.waiting', { queue: e.queue });
  if (e.state === 'lost') return t('worker.lost', { url: e.url, reason: e.reason });
  if (e.state === 'back') return t('worker.back', { url: e.url });
  return t('worker.reduced', { documents: counted(ctx, 'document', e.counts.documents), out });
}

/** Why a worker stopped, on one line (a decisions file's mistakes, one line each). */
function stoppedLine(ctx: Context, e: WorkerStopped): string {
  if (e.error instanceof DecisionsError) return describeDecisionsError(ctx, e.error);
  if (e.key === 'vanished') return ctx.t('worker.vanished', e.params);
  if (e.key === 'nothingDone') return ctx.t('worker.nothingDone', e.params);
  if (e.key === 'shrink') return ctx.t('worker.shrink', { ...e.params, before: counted(ctx, 'document', Number(e.params.before)) });
  return ctx.t('worker.stopped', { reason: e.error ? failureLine(ctx, e.error) : escapeLine(String(e.params.reason ?? '')) });
}

/** `medbitext worker --redis URL --out DIR`: process jobs until stopped (or drained). */
export async function work(ctx: Context, flags: WorkerFlags): Promise<void> {
  const worker = await startWorker({
    ...queueConfig(flags),
    out: flags.out,
    concurrency: parseJobs(flags.concurrency, '--concurrency', ctx),
    lockMs: positiveInteger(flags.lockMs, '--lock-ms'),
    onEvent: (e) => process.stderr.write(workerLine(ctx, e, flags.out) + '\n'),
  }).catch((error: unknown) => {
    if (!(error instanceof DecisionsError)) throw error;
    process.stderr.write(describeDecisionsError(ctx, error) + '\n');
    process.exitCode = 2;
  });
  if (!worker) return;
  const stop = async () => {
    await worker.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await (flags.exitWhenDone ? worker.drained() : worker.stopped());
  } catch (error) {
    if (!(error instanceof WorkerStopped)) throw error;
    process.stderr.write(`medbitext: ${stoppedLine(ctx, error)}\n`);
    process.exitCode = error.key === 'reduceFailed' ? 1 : 2;
  }
  await worker.close();
}
