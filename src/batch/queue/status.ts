import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { commandConnection, lostRedis, queueKeys, type QueueConfig } from './connection.js';

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  dead: number;
  reduced: boolean;
}

/** The queue's job counts, its dead letters, and whether every document added so far is reduced. */
export async function status(config: QueueConfig): Promise<QueueStatus> {
  const { name, target, conn } = await commandConnection(config);
  const queue = new Queue(name, { connection: conn });
  const dead = new Queue(`${name}-dead`, { connection: conn });
  const client = new Redis(conn);
  for (const c of [queue, dead, client]) c.on('error', () => {});
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    const d = await dead.getJobCounts('waiting');
    const k = queueKeys(name);
    const [reduced, generation] = await client.mget(k.reduced, k.generation);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      dead: d.waiting ?? 0,
      // Reduced with every document added so far.
      reduced: generation !== null && reduced === `done ${generation}`,
    };
  } catch (error) {
    throw lostRedis(error, target);
  } finally {
    await queue.close();
    await dead.close();
    client.disconnect();
  }
}
