import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { once } from 'node:events';
import { Blocks } from './blocks.js';
import { asOutputError } from './errors.js';

/** A temporary name beside the target, so the final rename stays on one filesystem. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Write a whole file so that readers see either the old content or the new,
 * never a part. A filesystem error (a full disk) is an OutputError naming
 * `path`, not the temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPath(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    removeQuietly(tmp);
    throw asOutputError(error, path);
  }
}

/** Remove a temporary file whose write failed; a failure to remove it (its folder is a file) must not hide why the write failed. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

/**
 * A streamed output file that only appears under its name when `commit()` is
 * called; `abort()` (or a crash) leaves any existing file untouched.
 */
export class AtomicWriter {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private done = false;
  /** The stream is ended: the temporary file is complete (`finish`). */
  private ended = false;
  /** Chunks not yet handed to the stream. */
  private readonly blocks = new Blocks(async (block) => {
    if (!this.stream.write(block)) await this.drained();
  });
  /** The stream's first error (a full disk), kept so the next write or the commit throws it instead of an uncaught event. */
  private failure: Error | undefined;

  constructor(readonly path: string) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw asOutputError(error, path);
    }
    this.tmp = tempPath(path);
    this.stream = createWriteStream(this.tmp);
    // Said of the file being written, not of its temporary name.
    this.stream.on('error', (e) => (this.failure ??= asOutputError(e, path) as Error));
  }

  /** A promise only when the gathered text went to the stream (or the stream failed): a caller of many short chunks awaits seldom. */
  write(chunk: string): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    return this.blocks.add(chunk);
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    await this.blocks.flush();
  }

  /** Wait for the stream to take more; an error met meanwhile (a full disk) is said of the file being written. */
  private async drained(): Promise<void> {
    try {
      await once(this.stream, 'drain');
    } catch (error) {
      throw (this.failure ??= asOutputError(error, this.path) as Error);
    }
  }

  /** Append a whole file's bytes (a part written earlier), without decoding them. */
  async copyFrom(path: string): Promise<void> {
    await this.flush();
    for await (const chunk of createReadStream(path)) {
      if (this.failure) throw this.failure;
      if (!this.stream.write(chunk)) await this.drained();
    }
  }

  /** Written in full but not yet under its name: the file is `temporary` until `commit()` (or `abort()`). */
  async finish(): Promise<WrittenFile> {
    if (!this.ended) {
      await this.flush();
      await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject((this.failure ??= asOutputError(err, this.path) as Error)) : resolve())));
      this.ended = true;
    }
    if (this.failure) throw this.failure;
    return { temporary: this.tmp, path: this.path };
  }

  async commit(): Promise<void> {
    if (this.done) return;
    await this.finish();
    try {
      renameSync(this.tmp, this.path);
    } catch (error) {
      throw asOutputError(error, this.path);
    }
    // Only now: a commit that failed leaves the file for abort() to remove.
    this.done = true;
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.blocks.drop();
    if (!this.ended) await new Promise<void>((resolve) => this.stream.end(() => resolve()));
    this.ended = true;
    // A stream destroyed while its file was still being opened creates the file after end()'s callback: remove it once closed.
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => undefined);
    removeQuietly(this.tmp);
  }
}

/**
 * A file written in full under its temporary name, to be put in place (or
 * dropped) together with others, by whoever knows that all of them are done.
 */
export interface WrittenFile {
  temporary: string;
  path: string;
}

/** Stream chunks into a temporary file for `path`, to be put in place later (`putInPlace`) or dropped (`dropWritten`). */
export async function writePending(path: string, chunks: Iterable<string>): Promise<WrittenFile> {
  const file = new AtomicWriter(path);
  try {
    for (const chunk of chunks) await file.write(chunk);
    return await file.finish();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

export function putInPlace(files: WrittenFile[]): void {
  for (const f of files) {
    try {
      renameSync(f.temporary, f.path);
    } catch (error) {
      throw asOutputError(error, f.path);
    }
  }
}

export function dropWritten(files: WrittenFile[]): void {
  for (const f of files) removeQuietly(f.temporary);
}

const TEMP = /^\..+\.(\d+)\.[a-z0-9]+\.tmp$/;

/**
 * Whether a process with this pid is alive: it exists (EPERM: it does, but
 * belongs to someone else) and is not a zombie, a process that has ended but
 * whose parent has not reaped it (a container whose first process does not
 * reap children keeps them for good). `startTime`, when known, must match
 * the process's own: a pid reused by a later process is not the one that was.
 */
export function isProcessAlive(pid: number, startTime?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(pid);
  if (!stat) return true; // no /proc (not Linux): kill(pid, 0) is all there is
  return stat.state !== 'Z' && stat.state !== 'X' && (startTime === undefined || stat.startTime === startTime);
}

/**
 * A process's state and start time (clock ticks since boot) from
 * /proc/PID/stat; undefined where there is no /proc. The command name,
 * field 2, is in parentheses and may hold spaces, so fields are counted
 * after its closing one.
 */
export function procStat(pid: number): { state: string; startTime: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, starttime field 22.
  return { state: fields[0]!, startTime: fields[19]! };
}

/**
 * Remove the temporary files that a killed process left in `dir` (a crash
 * between writing and renaming). Files of processes still running are kept.
 */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && !isProcessAlive(Number(m[1]))) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
