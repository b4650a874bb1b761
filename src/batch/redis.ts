import { Redis, type RedisOptions } from 'ioredis';
import { InputError } from '../io/errors.js';

/** Where a queue lives: the URL as given (its password hidden, for messages) and how to connect. */
export interface RedisTarget {
  /** The URL as messages show it. */
  shown: string;
  options: RedisOptions;
  db: number;
  /** How long to wait for Redis to answer (ms). */
  timeoutMs: number;
}

export const DEFAULT_REDIS_TIMEOUT_MS = 5000;

/**
 * A Redis URL read strictly: `redis://` or `rediss://`, a port if any, a
 * database index as the whole path. Anything else is an InputError naming
 * the URL (never ioredis's own words, nor database 0 used in silence).
 */
export function redisTarget(url: string, timeoutMs = DEFAULT_REDIS_TIMEOUT_MS): RedisTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError('badRedisUrl', url);
  }
  const shown = u.password ? url.replace(`:${u.password}@`, ':***@') : url;
  const path = u.pathname.replace(/^\//, '');
  if ((u.protocol !== 'redis:' && u.protocol !== 'rediss:') || !u.hostname || !/^\d*$/.test(path) || u.search || u.hash) throw new InputError('badRedisUrl', shown);
  return {
    shown,
    db: Number(path || 0),
    timeoutMs,
    options: {
      host: u.hostname.replace(/^\[|\]$/g, ''),
      port: Number(u.port || 6379),
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db: Number(path || 0),
      tls: u.protocol === 'rediss:' ? {} : undefined,
      connectTimeout: timeoutMs,
    },
  };
}

/**
 * Options for a command that must end (`queue add`, `queue status`): a lost
 * connection is retried for about the timeout, then every waiting command
 * fails, where ioredis would otherwise retry forever.
 */
export function commandOptions(target: RedisTarget): RedisOptions {
  const pause = 250;
  return {
    ...target.options,
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => (times * pause > target.timeoutMs ? null : pause),
  };
}

/**
 * Options for a worker, which outlives an outage: reconnect for ever, with
 * a pause that grows to 30 s (BullMQ's workers need maxRetriesPerRequest null).
 */
export function workerOptions(target: RedisTarget): RedisOptions {
  return {
    ...target.options,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(30_000, 500 * 2 ** Math.min(times, 6)),
  };
}

/** What a connection error was, in a few words (ECONNREFUSED → `connection refused`). */
export function connectionReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'unknown host',
    EAI_AGAIN: 'host name not resolved',
    ETIMEDOUT: 'no answer',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ECONNRESET: 'connection reset',
  };
  return (code && words[code]) ?? (e?.message || String(error)).split('\n')[0]!.slice(0, 200);
}

/**
 * Before a command uses a queue: Redis answers within the timeout, the
 * credentials are good and the database index exists. Each failure is one
 * InputError naming the URL; nothing is retried past the timeout.
 */
export async function probeRedis(target: RedisTarget): Promise<void> {
  const client = new Redis({ ...target.options, db: 0, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let last: unknown;
  client.on('error', (e) => (last = e));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' })), target.timeoutMs);
  });
  const seconds = target.timeoutMs / 1000;
  try {
    await Promise.race([client.connect(), deadline]).catch((error) => {
      throw new InputError('redisUnreachable', target.shown, { seconds, reason: connectionReason(last ?? error) });
    });
    await Promise.race([client.ping(), deadline]).catch((error) => {
      throw new InputError('redisRefused', target.shown, { reason: connectionReason(error) });
    });
    if (target.db !== 0) {
      await Promise.race([client.select(target.db), deadline]).catch(async (error) => {
        if (!/DB index is out of range/i.test(String((error as Error).message))) throw new InputError('redisRefused', target.shown, { reason: connectionReason(error) });
        const count = await databases(client);
        throw new InputError('redisNoDatabase', target.shown, { db: target.db, databases: count ?? '?', last: count ? count - 1 : '?' });
      });
    }
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/** How many databases the server has, when it says (managed services may refuse CONFIG). */
async function databases(client: Redis): Promise<number | undefined> {
  try {
    const reply = (await client.config('GET', 'databases')) as string[];
    return Number(reply[1]) || undefined;
  } catch {
    return undefined;
  }
}
