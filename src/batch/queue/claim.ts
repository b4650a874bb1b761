import type { Redis } from 'ioredis';
import { NOW, type QueueKeys } from './connection.js';

/**
 * The reduce's claim: one reduce per generation of the queue, by whichever
 * worker gets there first, none while an enqueuer is at work. The claim
 * expires, so a reducer that dies mid-way does not block the corpus for good,
 * and it holds the worker's own token, so a reducer only ever renews, gives up
 * or completes its own. The checks run in Redis, as Lua scripts, so that no
 * other worker acts between them.
 */

/**
 * KEYS[1] reduced, KEYS[2] generation, KEYS[3] the enqueuers' marks,
 * KEYS[4] the epoch; ARGV[1] the worker's token, ARGV[2] the generation it
 * saw before finding the queue idle, ARGV[3] the claim's lifetime (ms),
 * ARGV[4] the epoch the worker knows. `vanished` when the queue's state is
 * not the one the worker knew (Redis restarted empty), `stale` when documents
 * were added or done since that generation was read, `adding` while an
 * enqueuer is at work, `done` when that generation is reduced already,
 * `busy` while another worker reduces, else `claimed` (the claim is this
 * worker's).
 */
const CLAIM = `${NOW}
if redis.call('GET', KEYS[4]) ~= ARGV[4] then return 'vanished' end
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[2] then return 'stale' end
if redis.call('ZCOUNT', KEYS[3], now, '+inf') > 0 then return 'adding' end
local cur = redis.call('GET', KEYS[1])
if cur == 'done ' .. ARGV[2] then return 'done' end
if cur and string.sub(cur, 1, 8) == 'running ' then return 'busy' end
redis.call('SET', KEYS[1], 'running ' .. ARGV[1], 'PX', ARGV[3])
return 'claimed'`;
/** Whether the claim in KEYS[1] (reduced) is still the one of the token ARGV[1]. */
const HOLDS = "redis.call('GET', KEYS[1]) == 'running ' .. ARGV[1]";
/** KEYS[1] reduced, ARGV[1] the token, ARGV[2] the lifetime: renews the claim while it is still this worker's. */
const RENEW = `if ${HOLDS} then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
/** KEYS[1] reduced, ARGV[1] the token: gives the claim up (a failed reduce), if it is still this worker's. */
const RELEASE = `if ${HOLDS} then return redis.call('DEL', KEYS[1]) end return 0`;
/**
 * KEYS[1] reduced, KEYS[2] generation, ARGV[1] the token, ARGV[2] the
 * generation reduced: marks it done if no document was added or done
 * meanwhile (1), else gives the claim up so the queue is reduced again (0).
 */
const FINISH = `if not (${HOLDS}) then return 0 end
if (redis.call('GET', KEYS[2]) or '0') == ARGV[2] then redis.call('SET', KEYS[1], 'done ' .. ARGV[2]) return 1 end
redis.call('DEL', KEYS[1])
return 0`;
/** The reduce's claim, as Lua scripts run by Redis (exported for their tests). */
export const REDUCE_CLAIM = { CLAIM, RENEW, RELEASE, FINISH } as const;

/** How long a reducer's claim lasts unless renewed (it is, every tenth of this). */
const CLAIM_MS = 600_000;

export type ClaimAnswer = 'vanished' | 'stale' | 'adding' | 'done' | 'busy' | 'claimed';

/** One worker's claim on reducing one generation of the queue, under its own token. */
export class ReduceClaim {
  private renewal: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: Redis,
    private readonly k: QueueKeys,
    readonly token: string,
    readonly generation: string,
  ) {}

  /** Ask for the claim, for the queue's state as `epoch` names it. */
  async take(epoch: string): Promise<ClaimAnswer> {
    const { reduced, generation, adding, epoch: epochKey } = this.k;
    return (await this.client.eval(CLAIM, 4, reduced, generation, adding, epochKey, this.token, this.generation, CLAIM_MS, epoch)) as ClaimAnswer;
  }

  /** Keep renewing the claim, so a long reduce keeps it; only a dead reducer lets it expire. */
  keep(): void {
    this.renewal = setInterval(() => void this.client.eval(RENEW, 1, this.k.reduced, this.token, CLAIM_MS).catch(() => {}), CLAIM_MS / 10);
  }

  /** Give the claim up (a failed or empty reduce, a worker closing). */
  async release(): Promise<void> {
    this.stopRenewing();
    await this.client.eval(RELEASE, 1, this.k.reduced, this.token).catch(() => {});
  }

  /** Mark the generation reduced; false when documents were added or done meanwhile (the claim is then given up). */
  async finish(): Promise<boolean> {
    this.stopRenewing();
    return (await this.client.eval(FINISH, 2, this.k.reduced, this.k.generation, this.token, this.generation)) === 1;
  }

  stopRenewing(): void {
    clearInterval(this.renewal);
  }
}
