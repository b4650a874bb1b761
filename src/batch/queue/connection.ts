import type { SourceDocument } from '../sources.js';
import type { RedisOptions } from 'ioredis';
import { InputError, OutputError } from '../../io/errors.js';
import { commandOptions, connectionReason, probeRedis, redisTarget, workerOptions, type RedisTarget } from '../redis.js';

/** Where a queue lives: the Redis URL, the queue's name, and how long to wait for Redis. */
export interface QueueConfig {
  redis: string;
  name?: string;
  /** How long to wait for Redis to answer before giving up (ms); a worker keeps retrying after it started. */
  timeoutMs?: number;
}

export const DEFAULT_QUEUE = 'medbitext';

/** The input a completed job keeps in place of its document, and what a summary keeps of one. */
export const DONE: SourceDocument['input'] = { kind: 'text', text: '' };

/** Connection options for a URL, as a worker uses them (reconnecting for ever). */
export function connection(url: string): RedisOptions {
  return workerOptions(redisTarget(url));
}

/** What a queue command (`queue add`, `queue status`) works with: the queue's name and Redis, checked to answer first. */
export async function commandConnection(config: QueueConfig): Promise<{ name: string; target: RedisTarget; conn: RedisOptions }> {
  const target = redisTarget(config.redis, config.timeoutMs);
  await probeRedis(target);
  return { name: config.name ?? DEFAULT_QUEUE, target, conn: commandOptions(target) };
}

/** A Redis failure in the middle of a command (the connection lost past the timeout) as one line naming the URL. */
export function lostRedis(error: unknown, target: RedisTarget): unknown {
  if (error instanceof InputError || error instanceof OutputError) return error;
  return new InputError('redisLost', target.shown, { reason: connectionReason(error) });
}

/** The Redis keys medbitext keeps beside BullMQ's for the queue `name`. */
export function queueKeys(name: string) {
  return {
    ids: `medbitext:${name}:ids`,
    order: `medbitext:${name}:order`,
    // `running <token>` while a worker reduces (it expires unless renewed), then `done <generation>`.
    reduced: `medbitext:${name}:reduced`,
    // Counts documents added, each once its job is in the queue: a reduce is the corpus's only if it did not change meanwhile.
    generation: `medbitext:${name}:generation`,
    // Enqueuers at work: a sorted set of tokens scored by when each lapses (ms), renewed while it adds.
    adding: `medbitext:${name}:adding`,
    // Set once by the first `queue add`: a worker that saw it and then finds it gone or changed knows the queue's state was lost.
    epoch: `medbitext:${name}:epoch`,
  };
}

export type QueueKeys = ReturnType<typeof queueKeys>;

// The marks are timed by the Redis server's clock (TIME), so machines whose clocks disagree agree on them.
export const NOW = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)";
