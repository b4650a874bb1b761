import { join } from 'node:path';
import type { Lang } from '../../types.js';
import { recordId, stringField } from '../../io/jsonl.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { idFileName } from '../../io/escape.js';
import { extractEntities } from '../../entities/extract.js';
import { toBrat, toPubTator } from '../../entities/formats.js';
import { UsageError, writeAll, type Context } from '../context.js';
import { closeBatch, eachRecord, type BatchTally } from '../records.js';

interface EntitiesFlags {
  lang: Lang;
  batch: string;
  errors?: string;
  out?: string;
  format: 'jsonl' | 'brat' | 'pubtator';
}

/**
 * `medbitext entities --lang L --batch texts.jsonl` (interfaces.md §3): one
 * `{id, entities}` line per input line; PubTator as one stream; BRAT as a
 * `ID.txt` + `ID.ann` pair per text in the `--out` folder.
 */
export async function entities(ctx: Context, flags: EntitiesFlags): Promise<void> {
  let tally: BatchTally | undefined;
  if (flags.format === 'brat') {
    const out = flags.out;
    if (!out) throw new UsageError('bratNeedsOut');
    tally = await eachRecord(ctx, flags.batch, (rec) => {
      const name = idFileName(recordId(rec));
      const text = stringField(rec, 'text', flags.batch);
      writeFileAtomic(join(out, `${name}.txt`), text);
      writeFileAtomic(join(out, `${name}.ann`), toBrat(text, extractEntities(text, flags.lang)));
    }, flags.errors);
    return closeBatch(ctx, tally);
  }
  await writeAll(flags.out, async (sink) => {
    // The sink gathers the lines into blocks: a line costs no asynchronous step of its own.
    tally = await eachRecord(ctx, flags.batch, (rec) => {
      const id = recordId(rec);
      const text = stringField(rec, 'text', flags.batch);
      const found = extractEntities(text, flags.lang);
      return sink.write(flags.format === 'pubtator' ? toPubTator(id, text, found) : JSON.stringify({ id, entities: found }) + '\n');
    }, flags.errors);
  });
  closeBatch(ctx, tally!);
}
