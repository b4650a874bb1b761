import { basename, join } from 'node:path';
import { recordId } from '../../io/jsonl.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { recordToInput } from '../../batch/sources.js';
import { fatalInputError, processDocument } from '../../processor.js';
import { buildGlossary } from '../../glossary/build.js';
import { toCsv, toJson, toTbx, toI18next } from '../../glossary/export.js';
import type { DocumentTerms } from '../../types.js';
import { ImportError, importTermbase, type ImportedEntry } from '../../glossary/import.js';
import { mergeImported, removeTerms } from '../../glossary/merge-imported.js';
import { projectTermbasePath, readProjectTermbase, usedTermbase, writeProjectTermbase } from '../../glossary/project-termbase.js';
import { InputError } from '../../io/errors.js';
import { readRegularFile } from '../../io/input.js';
import { DEFAULT_LIMITS } from '../../io/limits.js';
import { looksBinary } from '../../io/decode.js';
import { counted, UsageError, writeAll, type Context } from '../context.js';
import { closeBatch, eachRecord } from '../records.js';
import { noteXmlChars } from '../xml-note.js';

interface GlossaryFlags {
  batch?: string;
  errors?: string;
  out?: string;
  termbase?: string;
}

/** Where the project termbase commands work: `--termbase PATH`, else `termbase.yaml` in `--out` (default `out`, as `run`). */
interface TermbaseFlags {
  out: string;
  termbase?: string;
}

/** `medbitext glossary --batch docs.jsonl --out DIR` (interfaces.md §4). */
export async function glossary(ctx: Context, flags: GlossaryFlags): Promise<void> {
  if (!flags.batch || !flags.out) throw new UsageError('glossaryNeedsBatch');
  const termbase = usedTermbase(flags.out, flags.termbase);
  const terms: DocumentTerms[] = [];
  const batch = flags.batch;
  const tally = await eachRecord(ctx, batch, async (rec) => {
    const input = recordToInput(rec, batch);
    noteXmlChars(ctx, batch, rec.line, input.kind === 'segmented' ? [...input.en, ...input.pt] : input.kind === 'pair' ? [input.en, input.pt] : [input.text], 'TBX');
    const file = await processDocument(recordId(rec), input, batch, { termbase });
    const fatal = fatalInputError(file);
    if (fatal) throw new InputError(fatal.key, batch, fatal.params, rec.line);
    if (file.data.terms) terms.push(file.data.terms);
  }, flags.errors);
  const built = buildGlossary(terms, { imported: termbase ? readProjectTermbase(termbase) : [] });
  writeFileAtomic(join(flags.out, 'glossary.json'), toJson(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.candidates.json'), toJson(built.candidates));
  writeFileAtomic(join(flags.out, 'glossary.csv'), toCsv(built.entries));
  writeFileAtomic(join(flags.out, 'glossary.tbx'), toTbx(built.entries));
  const bundles = toI18next(built.entries);
  writeFileAtomic(join(flags.out, 'i18n', 'en', 'translation.json'), bundles.en);
  writeFileAtomic(join(flags.out, 'i18n', 'pt', 'translation.json'), bundles.pt);
  process.stderr.write(ctx.t('glossary.done', { entries: counted(ctx, 'entry', built.entries.length), candidates: counted(ctx, 'candidate', built.candidates.length), out: flags.out }) + '\n');
  closeBatch(ctx, tally);
}

/**
 * `medbitext glossary import FILE`: read the user's termbase (TBX, CSV, TSV)
 * and merge it into the project termbase, where later runs into that folder
 * pick it up. The file is checked whole before anything is written; on a clash
 * the newly imported entry wins, and every type it changes is said.
 */
export async function importTerms(ctx: Context, file: string, flags: TermbaseFlags): Promise<void> {
  // Only a regular text file under the cap: a binary file's bytes must never be echoed in a parse error.
  if (looksBinary(readRegularFile(file, DEFAULT_LIMITS.documentBytes))) throw new InputError('binary', file);
  let entries: ImportedEntry[];
  try {
    entries = importTermbase(file);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new InputError('importFailed', error.file, { reason: ctx.t(`errors.importProblem.${error.problem}`, error.params) }, error.line);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new InputError(code === 'ENOENT' ? 'missing' : 'unreadable', file);
    throw error;
  }
  const path = projectTermbasePath(flags.out, flags.termbase);
  const merged = mergeImported(readProjectTermbase(path), entries, `imported from ${basename(file)}`);
  writeProjectTermbase(path, merged.entries);
  for (const r of merged.retyped) process.stderr.write(`${file}:${r.line}  ${ctx.t('glossary.import.retyped', { en: r.en, from: r.from, to: r.to })}\n`);
  process.stderr.write(ctx.t('glossary.import.done', { entries: counted(ctx, 'entry', entries.length), replaced: merged.replaced, total: merged.entries.length, path }) + '\n');
}

/** `medbitext glossary list`: the project termbase, one JSON entry per line (or a readable line each on a terminal). */
export async function listTerms(_ctx: Context, flags: TermbaseFlags): Promise<void> {
  const entries = readProjectTermbase(projectTermbasePath(flags.out, flags.termbase));
  const tty = process.stdout.isTTY;
  await writeAll(undefined, async (sink) => {
    for (const e of entries) await sink.write(tty ? `${e.en}\t${e.pt}\t${e.type}\n` : JSON.stringify(e) + '\n');
  });
}

/** `medbitext glossary remove TERM`: drop the entries whose English or Portuguese term is TERM. */
export async function removeTerm(ctx: Context, term: string, flags: TermbaseFlags): Promise<void> {
  const path = projectTermbasePath(flags.out, flags.termbase);
  const { kept, removed } = removeTerms(readProjectTermbase(path), term);
  if (removed.length === 0) throw new UsageError('termNotInTermbase', { term, path });
  writeProjectTermbase(path, kept);
  process.stderr.write(ctx.t('glossary.remove.done', { count: removed.length, terms: removed.map((e) => `${e.en} / ${e.pt}`).join('; '), total: kept.length, path }) + '\n');
}
