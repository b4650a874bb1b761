/**
 * Distributed runs through BullMQ on Redis. `enqueue` adds one job per
 * document (its id + content hash is the job id, so adding twice is a no-op);
 * any number of `startWorker`s, on any machines, process them into a shared
 * output folder; the worker that sees the queue drained runs the reduce, once.
 * Jobs that keep failing end in the `<name>-dead` queue (dead letters).
 * docs/queue.md tells the whole of it.
 */
export { connection, DEFAULT_QUEUE, type QueueConfig } from './connection.js';
export { REDUCE_CLAIM } from './claim.js';
export { enqueue, jobIdOf, type EnqueueSummary } from './enqueue.js';
export { status, type QueueStatus } from './status.js';
export { startWorker, type RunningWorker, type WorkerOptions } from './worker.js';
export { WorkerStopped, type WorkerEvent } from './events.js';
