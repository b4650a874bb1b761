import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished, medbitextAsync } from '../helpers/cli.js';
import { makeCorpus } from '../helpers/corpus.js';
import { startRedis } from '../helpers/redis.js';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { connection, REDUCE_CLAIM } from '../../src/batch/queue/index.js';
import { tempDir } from '../helpers/temp.js';

let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});

/**
 * A worker process on queue `name`. Its job lock is long enough that a worker
 * slowed down by the tests running beside it keeps its job; the kill test
 * passes a short one, so the job of the worker it kills comes free soon.
 */
function worker(out: string, name: string, lockMs = 10_000, untilDone = true) {
  const child = medbitextAsync(['worker', '--redis', redis.url, '--name', name, '--out', out, '--lock-ms', String(lockMs), ...(untilDone ? ['--exit-when-done'] : [])]);
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<number | null>((r) => child.once('close', (code) => r(code)));
  return { child, log: () => log, exited };
}

/** The CLI, without holding up the tests running beside this one. */
const medbitext = (args: string[]) => finished(medbitextAsync(args));

async function status(name: string) {
  const r = await medbitext(['queue', 'status', '--redis', redis.url, '--name', name]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number | boolean>;
}

/**
 * Polls until `ok` holds, for up to 90 s (the tests beside it, and a busy
 * machine, can slow a worker down); the caller asserts what it waited for.
 */
async function waitFor(ok: () => boolean | Promise<boolean>): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 90_000 && !(await ok()); ) await new Promise((r) => setTimeout(r, 100));
}

/** `use` with a BullMQ handle on the queue `name`, closed after. */
async function withQueue<T>(name: string, use: (queue: Queue) => Promise<T>): Promise<T> {
  const queue = new Queue(name, { connection: connection(redis.url) });
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}

const dones = (log: string) => log.split('\n').filter((l) => l.startsWith('done ')).map((l) => l.slice(5));

// Each test has a queue and an output folder of its own, and most of their time
// is spent waiting on workers: they run side by side.
describe.concurrent('distributed run through BullMQ', () => {
  it('two workers process a corpus exactly once each, then one reduce writes the corpus files', async () => {
    const corpus = makeCorpus(10);
    const out = tempDir('mbt-q-');
    const add = await medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q1']);
    expect(add.status).toBe(0);
    expect(add.stderr).toMatch(/10 documents added/);
    // Adding the same corpus again queues nothing new.
    expect((await medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q1'])).stderr).toMatch(/0 documents added, 10 already/);

    const a = worker(out, 'q1');
    const b = worker(out, 'q1');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    const all = [...dones(a.log()), ...dones(b.log())];
    expect(all.sort()).toEqual([...new Set(all)].sort());
    expect(all).toHaveLength(10);
    const s = await status('q1');
    expect(s).toMatchObject({ completed: 10, waiting: 0, active: 0, failed: 0, dead: 0, reduced: true });
    const links = readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc as string);
    expect(new Set(links).size).toBe(10);
    // Done jobs keep what names them, not the document's text.
    const done = await withQueue('q1', (queue) => queue.getCompleted(0, -1));
    expect(done).toHaveLength(10);
    for (const job of done) expect(job.data).toMatchObject({ id: expect.any(String), hash: expect.any(String), input: { kind: 'text', text: '' } });
  }, 120_000);

  it('a worker killed mid-job has its job retried by another', async () => {
    const corpus = makeCorpus(8);
    const out = tempDir('mbt-q-');
    expect((await medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q2'])).status).toBe(0);
    const a = worker(out, 'q2', 1500);
    // Kill it as soon as it has finished one document: it is then holding the next.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (dones(a.log()).length >= 1) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    a.child.kill('SIGKILL');
    await a.exited;
    const b = worker(out, 'q2', 1500);
    expect(await b.exited).toBe(0);
    const byA = dones(a.log());
    const byB = dones(b.log());
    // What A reported done is complete in Redis: B never takes it again.
    expect(byB.filter((id) => byA.includes(id))).toEqual([]);
    expect(byB.length).toBeGreaterThan(0);
    // A logs a document after Redis marks it complete, so the kill can swallow the line of the one it finished last.
    expect(byA.length + byB.length).toBeGreaterThanOrEqual(7);
    // Redis and the outputs are the record: every document done once, none dead.
    expect(await status('q2')).toMatchObject({ completed: 8, dead: 0, reduced: true });
    const docs = readFileSync(join(out, 'alignment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc as string);
    expect(new Set(docs).size).toBe(8);
  }, 120_000);

  it('a worker that stays up reduces, then takes the jobs added after (on fresh threads) and reduces again', async () => {
    const out = tempDir('mbt-q-');
    const w = worker(out, 'q4', 10_000, false);
    try {
      const reductions = () => (w.log().match(/reduced \d+ documents/g) ?? []).length;
      expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'q4'])).status).toBe(0);
      await waitFor(() => reductions() === 1);
      expect(reductions()).toBe(1);
      expect(w.log()).toMatch(/reduced 2 documents/);
      // The same two documents and a third: only the third is new.
      expect((await medbitext(['queue', 'add', makeCorpus(3), '--redis', redis.url, '--name', 'q4'])).stderr).toMatch(/1 documents? added/);
      await waitFor(() => reductions() === 2);
      expect(reductions()).toBe(2);
      expect(w.log()).toMatch(/done doc002\nreduced 3 documents/);
      expect(readFileSync(join(out, 'report.en.txt'), 'utf8').split('\n').filter((l) => l.startsWith('# '))).toHaveLength(3);
    } finally {
      w.child.kill('SIGTERM');
      await w.exited;
    }
  }, 120_000);

  it('a drained queue is not reduced while an enqueuer is still adding to it', async () => {
    const out = tempDir('mbt-q-');
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'q5'])).status).toBe(0);
    // Another enqueuer at work, as `queue add` marks itself (here lasting until removed).
    const client = new Redis(connection(redis.url));
    try {
      await client.zadd('medbitext:q5:adding', 9e15, 'still-adding');
      const w = worker(out, 'q5');
      await waitFor(() => dones(w.log()).length === 2);
      expect(dones(w.log())).toHaveLength(2);
      // Several of the worker's checks later: no reduce, and still waiting.
      await new Promise((r) => setTimeout(r, 2000));
      expect(w.log()).not.toMatch(/reduced/);
      expect(w.child.exitCode).toBeNull();
      await client.zrem('medbitext:q5:adding', 'still-adding');
      expect(await w.exited).toBe(0);
      expect(w.log()).toMatch(/reduced 2 documents/);
    } finally {
      client.disconnect();
    }
  }, 120_000);

  it('a worker started before queue add waits for the documents, then processes and reduces them', async () => {
    const out = tempDir('mbt-q-');
    const w = worker(out, 'q6');
    // Connected, and several of its checks later, it is still waiting.
    await withQueue('q6', async (queue) => {
      await waitFor(async () => (await queue.getWorkers()).length > 0);
      expect(await queue.getWorkers()).toHaveLength(1);
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(w.child.exitCode).toBeNull();
    expect(w.log()).toBe('waiting for documents in queue q6: none added yet\n');
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'q6'])).status).toBe(0);
    expect(await w.exited).toBe(0);
    expect(w.log()).toMatch(/reduced 2 documents/);
  }, 120_000);

  it('the reduce claim: one reducer at a time, none while adding, done only for the generation it saw, else reduced again', async () => {
    const client = new Redis(connection(redis.url));
    const { CLAIM, RENEW, RELEASE, FINISH } = REDUCE_CLAIM;
    const [reduced, generation, adding, epoch] = ['medbitext:claim:reduced', 'medbitext:claim:generation', 'medbitext:claim:adding', 'medbitext:claim:epoch'];
    const claim = (token: string, gen: string, knownEpoch = 'e1') => client.eval(CLAIM, 4, reduced, generation, adding, epoch, token, gen, 60_000, knownEpoch);
    try {
      await client.set(generation, '3');
      // The queue's state is not the one the worker knew (Redis restarted empty, flushed): no claim at all.
      expect(await claim('a', '3')).toBe('vanished');
      await client.set(epoch, 'e1');
      expect(await claim('a', '3', 'e0')).toBe('vanished');
      // A generation read before documents were added or done is stale; an enqueuer at work holds every claim back.
      expect(await claim('a', '2')).toBe('stale');
      await client.zadd(adding, 9e15, 'enqueuer');
      expect(await claim('a', '3')).toBe('adding');
      await client.zrem(adding, 'enqueuer');
      expect(await claim('a', '3')).toBe('claimed');
      expect(await client.pttl(reduced)).toBeGreaterThan(0);
      expect(await claim('b', '3')).toBe('busy');
      // Only the holder renews, gives up or completes its claim.
      expect(await client.eval(RENEW, 1, reduced, 'b', 60_000)).toBe(0);
      expect(await client.eval(RENEW, 1, reduced, 'a', 60_000)).toBe(1);
      expect(await client.eval(RELEASE, 1, reduced, 'b')).toBe(0);
      expect(await client.eval(FINISH, 2, reduced, generation, 'b', '3')).toBe(0);
      expect(await client.get(reduced)).toBe('running a');
      expect(await client.eval(FINISH, 2, reduced, generation, 'a', '3')).toBe(1);
      expect(await client.get(reduced)).toBe('done 3');
      expect(await client.pttl(reduced)).toBe(-1);
      expect(await claim('b', '3')).toBe('done');
      // A document added (or done) while a reduce runs: that reduce is not the corpus's, and the next claim reduces again.
      await client.incr(generation);
      expect(await claim('b', '4')).toBe('claimed');
      await client.incr(generation);
      expect(await client.eval(FINISH, 2, reduced, generation, 'b', '4')).toBe(0);
      expect(await client.get(reduced)).toBeNull();
      expect(await claim('c', '5')).toBe('claimed');
      expect(await client.eval(RELEASE, 1, reduced, 'c')).toBe(1);
      expect(await client.get(reduced)).toBeNull();
    } finally {
      client.disconnect();
    }
  });

  it('a reduce that keeps failing is tried a few times, then the worker exits non-zero with its reason', async () => {
    const out = tempDir('mbt-q-');
    // The report cannot be put in place over a folder that holds a file.
    mkdirSync(join(out, 'report.html', 'in-the-way'), { recursive: true });
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'q7'])).status).toBe(0);
    const w = worker(out, 'q7');
    const code = await w.exited;
    expect(code).not.toBe(0);
    expect(w.log()).toContain('report.html');
    // Three tries: two said as to be retried, the last as why the worker stops.
    expect((w.log().match(/\(reduce\) \(will retry\)/g) ?? []).length).toBe(2);
    expect(w.log()).toMatch(/\nmedbitext: stopping: .*report\.html/);
    expect(await status('q7')).toMatchObject({ completed: 2, reduced: false });
  }, 120_000);

  it('a done job retried by hand (its text dropped) goes to the dead letters at once, not processed empty', async () => {
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'q8'])).status).toBe(0);
    const first = worker(tempDir('mbt-q-'), 'q8');
    expect(await first.exited).toBe(0);
    await withQueue('q8', async (queue) => {
      const job = (await queue.getCompleted(0, -1)).find((j) => j.data.id === 'doc000');
      await job!.retry('completed');
    });
    // Another output folder, whose manifest does not have the document.
    const second = worker(tempDir('mbt-q-'), 'q8');
    await waitFor(() => /for good/.test(second.log()));
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.log()).toMatch(/failed doc000 for good, moved to dead letters: .*text dropped from the queue/);
    expect(second.log()).not.toMatch(/will retry/);
    expect(await status('q8')).toMatchObject({ dead: 1 });
  }, 120_000);

  it('a document edited and enqueued again counts once in the corpus files, with its new text', async () => {
    const corpus = makeCorpus(2);
    const out = tempDir('mbt-q-');
    expect((await medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q3'])).status).toBe(0);
    const first = worker(out, 'q3');
    expect(await first.exited).toBe(0);
    const en = join(corpus, 'pairs', 'doc000.en.txt');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Case 0.', 'Case zero, edited.'));
    expect((await medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q3'])).stderr).toMatch(/1 documents? added/);
    const second = worker(out, 'q3');
    expect(await second.exited).toBe(0);
    const headings = readFileSync(join(out, 'report.en.txt'), 'utf8').split('\n').filter((l) => l.startsWith('# '));
    expect(headings).toHaveLength(2);
    expect(new Set(headings).size).toBe(2);
    expect(readFileSync(join(out, 'report.en.txt'), 'utf8')).toContain('Case zero, edited.');
  }, 120_000);
});

describe('a document queued again under another sentence cap (F54)', () => {
  it('is another job, as an edited document is; under the same cap it is already queued', async () => {
    const corpus = makeCorpus(2);
    const add = (...cap: string[]) => medbitext(['queue', 'add', corpus, '--redis', redis.url, '--name', 'q-cap', ...cap]);
    expect((await add('--max-document-sentences', '100')).stderr).toMatch(/2 documents added, 0 already/);
    expect((await add('--max-document-sentences', '100')).stderr).toMatch(/0 documents added, 2 already/);
    expect((await add()).stderr).toMatch(/2 documents added, 0 already/);
  }, 60_000);
});

describe.concurrent('documents a worker cannot process', () => {
  /** A folder with a malformed JATS article, and `good` plain documents beside it. */
  function withBadArticle(good: number): string {
    const dir = good > 0 ? makeCorpus(good) : tempDir('mbt-corpus-');
    writeFileSync(join(dir, 'broken.xml'), '<?xml version="1.0"?>\n<article>\n<front><article-meta>\n</front>\n');
    return dir;
  }

  it('a document its reader refuses goes to the dead letters at once, said as run says it; the others are reduced', async () => {
    expect((await medbitext(['queue', 'add', withBadArticle(2), '--redis', redis.url, '--name', 'r1'])).status).toBe(0);
    const w = worker(tempDir('mbt-q-'), 'r1');
    expect(await w.exited).toBe(0);
    expect(w.log()).not.toMatch(/will retry/);
    expect(w.log()).toMatch(/^failed broken for good, moved to dead letters: \S*broken\.xml:4:8 {2}is not well-formed/m);
    expect(w.log()).not.toMatch(/badXml|\{"/);
    expect(w.log()).toMatch(/reduced 2 documents/);
    expect(await status('r1')).toMatchObject({ dead: 1, completed: 2 });
  }, 120_000);

  it('a queue whose every document is in the dead letters: --exit-when-done exits 2, saying so once, the folder untouched', async () => {
    expect((await medbitext(['queue', 'add', withBadArticle(0), '--redis', redis.url, '--name', 'r2'])).status).toBe(0);
    const out = tempDir('mbt-q-');
    const w = worker(out, 'r2');
    const code = await Promise.race([w.exited, new Promise((r) => setTimeout(() => r('still running'), 30_000))]);
    if (code === 'still running') w.child.kill('SIGTERM');
    expect(code).toBe(2);
    expect(w.log().match(/is drained and none of its documents could be processed/g)).toHaveLength(1);
    expect(existsSync(join(out, 'alignment.jsonl'))).toBe(false);
  }, 120_000);

  it('queue add refuses a document ingest would refuse as too large (never stored), and says a renamed repeat', async () => {
    const dir = tempDir('mbt-q-');
    const text = 'The patient had fever. '.repeat(450_000);
    const lines = [
      JSON.stringify({ id: 'huge', en_text: text, pt_text: text }),
      JSON.stringify({ id: 'x', en_text: 'Fever was present.', pt_text: 'Havia febre.' }),
      JSON.stringify({ id: 'x', en_text: 'Cough was present.', pt_text: 'Havia tosse.' }),
    ];
    writeFileSync(join(dir, 'docs.jsonl'), lines.join('\n') + '\n');
    const r = await medbitext(['queue', 'add', join(dir, 'docs.jsonl'), '--redis', redis.url, '--name', 'r3']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/docs\.jsonl:1 {2}is too large for one article \(over 10,000,000 characters\)/);
    expect(r.stderr).toMatch(/docs\.jsonl:3 {2}the id "x" is used by an earlier document: this one is "x-2"/);
    expect(r.stderr).toMatch(/2 documents added, 0 already queued, 1 unreadable/);
    expect(await status('r3')).toMatchObject({ waiting: 2 });
  }, 60_000);
});

describe.concurrent('a decisions file with mistakes in the output folder of a worker', () => {
  const BAD = '{"medbitext":"decisions","version":1,"decisions":[\n{"kind":"term","id":"c","en":"fever","pt":"febre","decision":"maybe"}\n]}\n';

  it('found when the worker starts: every mistake on its line, exit 2, no job taken', async () => {
    const out = tempDir('mbt-q-');
    writeFileSync(join(out, 'decisions.json'), BAD);
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'e1'])).status).toBe(0);
    const w = worker(out, 'e1');
    expect(await w.exited).toBe(2);
    expect(w.log()).toMatch(/decisions\.json:2:\d+ {2}"decision" must be one of: accept, reject, edit\n/);
    expect(w.log()).not.toMatch(/will retry|internal error|problem\(s\)/);
    expect(await status('e1')).toMatchObject({ waiting: 2, completed: 0 });
  }, 60_000);

  it('edited into mistakes while the worker runs: the reduce stops with the mistakes, not retried, the folder untouched', async () => {
    const out = tempDir('mbt-q-');
    const w = worker(out, 'e2', 1500, false);
    await waitFor(() => /none added yet/.test(w.log()));
    writeFileSync(join(out, 'decisions.json'), BAD);
    expect((await medbitext(['queue', 'add', makeCorpus(2), '--redis', redis.url, '--name', 'e2'])).status).toBe(0);
    const code = await Promise.race([w.exited, new Promise((r) => setTimeout(() => r('still running'), 30_000))]);
    if (code === 'still running') w.child.kill('SIGTERM');
    expect(code).toBe(2);
    expect(w.log()).toMatch(/decisions\.json:2:\d+ {2}"decision" must be one of: accept, reject, edit\n/);
    expect(w.log()).not.toMatch(/will retry|internal error|problem\(s\)/);
    expect(existsSync(join(out, 'alignment.jsonl'))).toBe(false);
  }, 60_000);
});
