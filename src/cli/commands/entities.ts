import type { Lang } from '../../types.js';
import { readJsonl, recordId, stringField } from '../../io/jsonl.js';
import { extractEntities } from '../../entities/extract.js';
import { writeAll, type Context } from '../context.js';

interface EntitiesFlags {
  lang: Lang;
  batch: string;
  out?: string;
  format: 'jsonl' | 'brat' | 'pubtator';
}

/** `medbitext entities --lang L --batch texts.jsonl` (interfaces.md §3). */
export async function entities(_ctx: Context, flags: EntitiesFlags): Promise<void> {
  await writeAll(flags.out, async (sink) => {
    for await (const rec of readJsonl(flags.batch)) {
      const id = recordId(rec);
      const text = stringField(rec, 'text', flags.batch);
      const found = extractEntities(text, flags.lang);
      await sink.write(JSON.stringify({ id, entities: found }) + '\n');
    }
  });
}
