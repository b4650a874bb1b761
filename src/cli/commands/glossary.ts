import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { readJsonl, recordId } from '../../io/jsonl.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { recordToInput } from '../../batch/sources.js';
import { fatalInputError, processDocument } from '../../processor.js';
import { buildGlossary } from '../../glossary/build.js';
import { toCsv, toJson, toTbx, toI18next } from '../../glossary/export.js';
import type { DocumentTerms } from '../../types.js';
import { ImportError, importTermbase, mergeImported } from '../../glossary/import.js';
import { IMPORTED_TERMBASE, loadImportedTermbase, type TermbaseEntry } from '../../glossary/termbase.js';
import { InputError } from '../../io/errors.js';
import { packageRoot } from '../../lang/data.js';
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
    const fatal = fatalInputError(file);
    if (fatal) throw new InputError(fatal.key, flags.batch, fatal.params, rec.line);
    if (file.data.terms) terms.push(file.data.terms);
  }
  const built = buildGlossary(terms, { imported: loadImportedTermbase() });
  writeFileAtomic(join(flags.out, 'glossary.json'), toJson(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.candidates.json'), toJson(built.candidates));
  writeFileAtomic(join(flags.out, 'glossary.csv'), toCsv(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.tbx'), toTbx(built.entries));
  const bundles = toI18next(built.entries);
  writeFileAtomic(join(flags.out, 'i18n', 'en', 'translation.json'), bundles.en);
  writeFileAtomic(join(flags.out, 'i18n', 'pt', 'translation.json'), bundles.pt);
  process.stderr.write(ctx.t('glossary.done', { count: built.entries.length, candidates: built.candidates.length, out: flags.out }) + '\n');
}

/**
 * `medbitext glossary import FILE`: read the user's termbase (TBX, CSV, TSV)
 * and merge it into glossary/imported.yaml, where later runs pick it up. The
 * file is checked whole before anything is written; on a clash the newly
 * imported entry wins.
 */
export async function importTerms(ctx: Context, file: string): Promise<void> {
  let entries: TermbaseEntry[];
  try {
    entries = importTermbase(file);
  } catch (error) {
    if (error instanceof ImportError) throw new InputError('importFailed', error.file, { reason: error.reason }, error.line);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(code === 'ENOENT' ? 'missing' : 'unreadable', file);
    throw error;
  }
  const { entries: sorted, replaced } = mergeImported(loadImportedTermbase(), entries, `imported from ${basename(file)}`);
  const header = '# Entries merged by `medbitext glossary import`; they win over corpus statistics.\n';
  writeFileAtomic(join(packageRoot(), IMPORTED_TERMBASE), header + stringify(sorted));
  process.stderr.write(ctx.t('glossary.import.done', { count: entries.length, replaced, total: sorted.length, path: IMPORTED_TERMBASE }) + '\n');
}
