import { join } from 'node:path';
import type { Lang } from '../../types.js';
import { readJsonl, recordId, stringField } from '../../io/jsonl.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { extractEntities } from '../../entities/extract.js';
import { toBrat, toPubTator } from '../../entities/formats.js';
import { UsageError, writeAll, type Context } from '../context.js';

interface EntitiesFlags {
  lang: Lang;
  batch: string;
  out?: string;
  format: 'jsonl' | 'brat' | 'pubtator';
}

/**
 * `medbitext entities --lang L --batch texts.jsonl` (interfaces.md §3): one
 * `{id, entities}` line per input line; PubTator as one stream; BRAT as a
 * `ID.txt` + `ID.ann` pair per text in the `--out` folder.
 */
export async function entities(_ctx: Context, flags: EntitiesFlags): Promise<void> {
  if (flags.format === 'brat') {
    if (!flags.out) throw new UsageError('bratNeedsOut');
    for await (const rec of readJsonl(flags.batch)) {
      const id = recordId(rec).replace(/[^A-Za-z0-9._-]+/g, '_');
      const text = stringField(rec, 'text', flags.batch);
      writeFileAtomic(join(flags.out, `${id}.txt`), text);
      writeFileAtomic(join(flags.out, `${id}.ann`), toBrat(text, extractEntities(text, flags.lang)));
    }
    return;
  }
  await writeAll(flags.out, async (sink) => {
    for await (const rec of readJsonl(flags.batch)) {
      const id = recordId(rec);
      const text = stringField(rec, 'text', flags.batch);
      const found = extractEntities(text, flags.lang);
      await sink.write(flags.format === 'pubtator' ? toPubTator(id, text, found) : JSON.stringify({ id, entities: found }) + '\n');
    }
  });
}
