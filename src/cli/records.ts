import type { AtomicWriter } from '../io/atomic.js';
import { InputError } from '../io/errors.js';
import { isFault, readJsonlChunks, type JsonlLine } from '../io/jsonl.js';
import { failureEntry } from '../batch/run-report.js';
import { counted, describe, openFile, place, reason, type Context } from './context.js';

/** What became of a `--batch` file's records. */
export interface BatchTally {
  file: string;
  read: number;
  failed: number;
}

/**
 * Failed records said on stderr one line each; past these, one line counts
 * the rest: a text file given as JSONL fails on every line, and thousands of
 * lines would hide everything else the command says.
 */
export const SHOWN_FAILURES = 20;

/**
 * Run `use` on every record of a `--batch` JSONL file. A record that cannot
 * be read or used (malformed line, wrong field, a document ingest refuses) is
 * reported on one line with file and line (the first SHOWN_FAILURES of
 * them), counted, and the next one goes on. `errors` (`--errors FILE`)
 * receives every failure, one JSON line each, as `run-report.json` lists
 * them, written atomically even when the batch cannot go on. None read at
 * all, or none usable, throws (the command's output is then not written);
 * some failed: a closing count on stderr and exit code 1. `use` is awaited
 * only when it returns a promise: a corpus of short lines would otherwise
 * pay an asynchronous step per line.
 */
export async function eachRecord(ctx: Context, file: string, use: (rec: JsonlLine) => Promise<void> | void, errors?: string): Promise<BatchTally> {
  const tally: BatchTally = { file, read: 0, failed: 0 };
  const log = new FailureLog(ctx, errors);
  try {
    for await (const items of readJsonlChunks(file)) {
      for (const item of items) {
        tally.read++;
        try {
          if (isFault(item)) throw item.error;
          const done = use(item);
          if (done) await done;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          const written = log.add(error, ++tally.failed);
          if (written) await written;
        }
      }
    }
    await log.close(tally);
  } catch (error) {
    await log.abort();
    throw error;
  }
  if (tally.read === 0) throw new InputError('empty', file);
  if (tally.failed === tally.read) throw new InputError('noRecords', file, { count: tally.read });
  return tally;
}

/** A batch's failed records: the first ones on stderr, every one in the `--errors` file when there is one. */
class FailureLog {
  private readonly writer: AtomicWriter | undefined;

  constructor(
    private readonly ctx: Context,
    path?: string,
  ) {
    this.writer = path ? openFile(path) : undefined;
  }

  /** The `failed`th failure: said if among the first, listed in the errors file; a promise only when a block was written. */
  add(error: InputError, failed: number): Promise<void> | undefined {
    if (failed <= SHOWN_FAILURES) process.stderr.write(`medbitext: ${describe(this.ctx, error)}\n`);
    return this.writer?.write(JSON.stringify({ file: error.file, ...failureEntry(error, (e) => reason(this.ctx, e)) }) + '\n');
  }

  /** After the last record: the count of the failures not shown, and the errors file put in place. */
  async close(tally: BatchTally): Promise<void> {
    await this.writer?.commit();
    const more = tally.failed - SHOWN_FAILURES;
    if (more <= 0) return;
    const path = this.writer?.path;
    const params = { file: place(tally.file), count: more, errors: path && place(path) };
    process.stderr.write(`medbitext: ${this.ctx.t(path ? 'batch.moreListed' : 'batch.moreUnlisted', params)}\n`);
  }

  async abort(): Promise<void> {
    await this.writer?.abort();
  }
}

/** After the output is written: the count of a batch that had failures, and exit code 1. */
export function closeBatch(ctx: Context, tally: BatchTally): void {
  if (tally.failed === 0) return;
  process.stderr.write(`medbitext: ${ctx.t('batch.summary', { file: place(tally.file), records: counted(ctx, 'record', tally.read), read: tally.read, processed: tally.read - tally.failed, failed: tally.failed })}\n`);
  process.exitCode = 1;
}
