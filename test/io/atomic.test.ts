import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicWriter, writeFileAtomic } from '../../src/io/atomic.js';
import { tempDir } from '../helpers/temp.js';
import { OutputError } from '../../src/io/errors.js';

const dir = () => tempDir('mbt-atomic-');

describe('atomic writes', () => {
  it('writeFileAtomic replaces the file and leaves no temporary behind', () => {
    const d = dir();
    const f = join(d, 'a.json');
    writeFileSync(f, 'old');
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  it('an aborted stream keeps the old content', async () => {
    const d = dir();
    const f = join(d, 'out.jsonl');
    writeFileSync(f, 'old\n');
    const w = new AtomicWriter(f);
    await w.write('half');
    expect(readFileSync(f, 'utf8')).toBe('old\n');
    await w.abort();
    expect(readFileSync(f, 'utf8')).toBe('old\n');
    expect(readdirSync(d)).toEqual(['out.jsonl']);
  });

  it('a committed stream appears whole', async () => {
    const d = dir();
    const f = join(d, 'sub', 'out.jsonl');
    const w = new AtomicWriter(f);
    for (let i = 0; i < 1000; i++) await w.write(`${i}\n`);
    await w.commit();
    expect(readFileSync(f, 'utf8').split('\n')).toHaveLength(1001);
  });

  it('gathered small writes and large ones land in order, byte for byte', async () => {
    const d = dir();
    const f = join(d, 'out.txt');
    const pieces: string[] = [];
    for (let i = 0; i < 5000; i++) pieces.push(i % 997 === 0 ? `${'ç'.repeat(70_000)}\n` : `linha ${i} — ação\n`);
    const w = new AtomicWriter(f);
    for (const p of pieces) await w.write(p);
    expect(readdirSync(d).filter((n) => n === 'out.txt')).toEqual([]);
    await w.commit();
    expect(readFileSync(f, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(d)).toEqual(['out.txt']);
  });
});

/** The writer's stream, reached past `private`: a test makes it fail as a full disk does. */
type Stream = NodeJS.WritableStream & { destroy(e: Error): void; end: (...a: unknown[]) => unknown };
const streamOf = (w: AtomicWriter) => (w as unknown as { stream: Stream }).stream;
/** What fs does on ENOSPC: the write fails with the errno error, and the stream is destroyed with it. */
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** A full disk met by `w`: said as an OutputError naming its file, and abort leaves nothing in `d`. */
async function expectNoSpace(met: unknown, w: AtomicWriter, d: string): Promise<void> {
  expect(met).toBeInstanceOf(OutputError);
  expect(met).toMatchObject({ key: 'noSpace', path: w.path });
  await w.abort();
  expect(readdirSync(d)).toEqual([]);
}

describe('atomic writes that fail', () => {
  it('a stream error (a full disk) is thrown by the next write, and abort leaves nothing behind', async () => {
    const d = dir();
    const f = join(d, 'out.jsonl');
    const w = new AtomicWriter(f);
    await w.write('a\n');
    const stream = streamOf(w);
    const closed = new Promise((r) => stream.once('close', r));
    // A stream error without an errno code still reaches the caller.
    stream.destroy(new Error('ENOSPC: no space left on device'));
    await closed;
    await expect(w.write('b\n')).rejects.toThrow(/ENOSPC/);
    await expect(w.commit()).rejects.toThrow();
    await w.abort();
    expect(readdirSync(d)).toEqual([]);
  });

  it('a full disk met while the stream drains or ends is an OutputError naming the file, never the raw ENOSPC', async () => {
    const d = dir();
    const f = join(d, 'alignment.jsonl');
    const w = new AtomicWriter(f);
    // A write large enough to wait for 'drain', failing while it waits (as a reduce's corpus file does on a full disk).
    const big = w.write('x'.repeat(1 << 20));
    streamOf(w).destroy(noSpace());
    await expectNoSpace(await big!.then(() => w.commit()).catch((e: unknown) => e), w, d);
  });

  it('a full disk met only when the stream ends is an OutputError naming the file', async () => {
    const d = dir();
    const f = join(d, 'glossary.json');
    const w = new AtomicWriter(f);
    await w.write('small');
    const stream = streamOf(w);
    const enospc = noSpace();
    // The last chunk goes out with end(); the disk fills on it.
    const end = stream.end.bind(stream);
    stream.end = (...args: unknown[]) => {
      const cb = args.find((a) => typeof a === 'function') as ((e?: Error) => void) | undefined;
      stream.destroy(enospc);
      return end(cb ? () => cb(enospc) : undefined);
    };
    await expectNoSpace(await w.commit().catch((e: unknown) => e), w, d);
  });

  it('writing under a file: the error names the file asked for, not its temporary (cleanup never masks it)', () => {
    const d = dir();
    writeFileSync(join(d, 'afile'), 'x');
    let met: unknown;
    try {
      writeFileAtomic(join(d, 'afile', 'glossary.json'), '{}');
    } catch (e) {
      met = e;
    }
    expect(met).toBeInstanceOf(OutputError);
    expect((met as OutputError).path).toBe(join(d, 'afile', 'glossary.json'));
  });

  it('a commit whose rename fails keeps the old file and abort removes the temporary', async () => {
    const d = dir();
    const f = join(d, 'taken');
    mkdirSync(join(f, 'inside'), { recursive: true });
    const w = new AtomicWriter(f);
    await w.write('x');
    await expect(w.commit()).rejects.toThrow();
    await w.abort();
    expect(readdirSync(d)).toEqual(['taken']);
  });
});

describe('removeStaleTemps', () => {
  it('removes temporaries of dead processes and keeps those of live ones', async () => {
    const { removeStaleTemps } = await import('../../src/io/atomic.js');
    const d = dir();
    writeFileSync(join(d, '.out.jsonl.999999999.abc123.tmp'), 'x');
    writeFileSync(join(d, `.out.jsonl.${process.pid}.abc123.tmp`), 'x');
    writeFileSync(join(d, 'out.jsonl'), 'kept');
    expect(removeStaleTemps(d)).toBe(1);
    expect(readdirSync(d).sort()).toEqual([`.out.jsonl.${process.pid}.abc123.tmp`, 'out.jsonl']);
  });
});
