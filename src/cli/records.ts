import { AtomicWriter } from '../io/atomic.js';
import { InputError, OutputError } from '../io/errors.js';
import { isFault, readJsonlChunks, type JsonlLine } from '../io/jsonl.js';
import { counted, describe, isFolder, place, reason, type Context } from './context.js';

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
          tally.failed++;
          await log.add(error);
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
  private failed = 0;

  constructor(
    private readonly ctx: Context,
    private readonly path?: string,
  ) {
    // Checked before anything is read: the rename at the end would fail naming a temporary file.
    if (path && isFolder(path)) throw new OutputError('isDirectory', path);
    this.writer = path ? new AtomicWriter(path) : undefined;
  }

  async add(error: InputError): Promise<void> {
    if (++this.failed <= SHOWN_FAILURES) process.stderr.write(`medbitext: ${describe(this.ctx, error)}\n`);
    await this.writer?.write(JSON.stringify({ file: error.file, line: error.line, error: error.key, reason: reason(this.ctx, error) }) + '\n');
  }

  /** After the last record: the count of the failures not shown, and the errors file put in place. */
  async close(tally: BatchTally): Promise<void> {
    await this.writer?.commit();
    const more = this.failed - SHOWN_FAILURES;
    if (more <= 0) return;
    const params = { file: place(tally.file), count: more, errors: this.path && place(this.path) };
    process.stderr.write(`medbitext: ${this.ctx.t(this.path ? 'batch.moreListed' : 'batch.moreUnlisted', params)}\n`);
  }

  async abort(): Promise<void> {
    await this.writer?.abort();
  }
}

/** After the output is written: the count of a batch that had failures, and exit code 1. */
export function closeBatch(ctx: Context, tally: BatchTally): void {
  if (tally.failed === 0) return;
  process.stderr.write(`medbitext: ${ctx.t('batch.summary', { file: place(tally.file), records: counted(ctx, 'record', tally.read), processed: tally.read - tally.failed, failed: tally.failed })}\n`);
  process.exitCode = 1;
}
