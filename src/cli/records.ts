import { InputError } from '../io/errors.js';
import { isFault, readJsonlChunks, type JsonlLine } from '../io/jsonl.js';
import { counted, describe, place, type Context } from './context.js';

/** What became of a `--batch` file's records. */
export interface BatchTally {
  file: string;
  read: number;
  failed: number;
}

/**
 * Run `use` on every record of a `--batch` JSONL file. A record that cannot
 * be read or used (malformed line, wrong field, a document ingest refuses) is
 * reported on one line with file and line, counted, and the next one goes on.
 * None read at all, or none usable, throws (the command's output is then not
 * written); some failed: a closing count on stderr and exit code 1. `use`
 * is awaited only when it returns a promise: a corpus of short lines would
 * otherwise pay an asynchronous step per line.
 */
export async function eachRecord(ctx: Context, file: string, use: (rec: JsonlLine) => Promise<void> | void): Promise<BatchTally> {
  const tally: BatchTally = { file, read: 0, failed: 0 };
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
        process.stderr.write(`medbitext: ${describe(ctx, error)}\n`);
      }
    }
  }
  if (tally.read === 0) throw new InputError('empty', file);
  if (tally.failed === tally.read) throw new InputError('noRecords', file, { count: tally.read });
  return tally;
}

/** After the output is written: the count of a batch that had failures, and exit code 1. */
export function closeBatch(ctx: Context, tally: BatchTally): void {
  if (tally.failed === 0) return;
  process.stderr.write(`medbitext: ${ctx.t('batch.summary', { file: place(tally.file), records: counted(ctx, 'record', tally.read), processed: tally.read - tally.failed, failed: tally.failed })}\n`);
  process.exitCode = 1;
}
