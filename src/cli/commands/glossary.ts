import { join } from 'node:path';
import { readJsonl, recordId } from '../../io/jsonl.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { recordToInput } from '../../batch/sources.js';
import { processDocument } from '../../processor.js';
import { buildGlossary } from '../../glossary/build.js';
import { toCsv, toJson, toTbx, toI18next } from '../../glossary/export.js';
import type { DocumentTerms } from '../../types.js';
import { UsageError, type Context } from '../context.js';

interface GlossaryFlags {
  batch?: string;
  out?: string;
}

/** `medbitext glossary --batch docs.jsonl --out DIR` (interfaces.md §4). */
export async function glossary(ctx: Context, flags: GlossaryFlags): Promise<void> {
  if (!flags.batch || !flags.out) throw new UsageError('glossaryNeedsBatch');
  const terms: DocumentTerms[] = [];
  for await (const rec of readJsonl(flags.batch)) {
    const file = await processDocument(recordId(rec), recordToInput(rec, flags.batch), flags.batch);
    if (file.data.terms) terms.push(file.data.terms);
  }
  const built = buildGlossary(terms);
  writeFileAtomic(join(flags.out, 'glossary.json'), toJson(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.candidates.json'), toJson(built.candidates));
  writeFileAtomic(join(flags.out, 'glossary.csv'), toCsv(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.tbx'), toTbx(built.entries));
  const bundles = toI18next(built.entries);
  writeFileAtomic(join(flags.out, 'i18n', 'en', 'translation.json'), bundles.en);
  writeFileAtomic(join(flags.out, 'i18n', 'pt', 'translation.json'), bundles.pt);
  process.stderr.write(ctx.t('glossary.done', { count: built.entries.length, candidates: built.candidates.length, out: flags.out }) + '\n');
}

export async function importTerms(_ctx: Context, _file: string, _flags: { termbase: string }): Promise<void> {
  throw new UsageError('notYet');
}
