import { recordId, stringArrayField } from '../../io/jsonl.js';
import { readDecoded } from '../../ingest/read.js';
import { alignSentences } from '../../align/align.js';
import { renderSideBySide, tmxFooter, tmxHeader, tmxUnits, toMoses, toTmx, withTexts, type TextLink } from '../../align/output.js';
import { pipelineVersion } from '../../io/package.js';
import { fatalInputError, processDocument } from '../../processor.js';
import type { Lang, Sentence } from '../../types.js';
import { basename } from 'node:path';
import { UsageError, place, scoreFlag, writeAll, type Context, type Sink } from '../context.js';
import { closeBatch, eachRecord } from '../records.js';
import { escapeLine } from '../../io/escape.js';
import { noteXmlChars } from '../xml-note.js';

type Format = 'jsonl' | 'tmx' | 'moses' | 'text';

interface AlignFlags {
  batch?: string;
  errors?: string;
  en?: string;
  pt?: string;
  out?: string;
  format?: Format;
  minScore?: string;
}

/** `medbitext align --batch docs.jsonl` (§1) or `--en A --pt B` (§2). */
export async function align(ctx: Context, flags: AlignFlags): Promise<void> {
  if (flags.batch && (flags.en || flags.pt)) throw new UsageError('alignBothModes');
  if (flags.format === 'moses' && !flags.out) throw new UsageError('mosesNeedsOut');
  if (flags.batch) return alignBatch(ctx, flags.batch, flags);
  if (flags.errors) throw new UsageError('errorsNeedsBatch');
  if (!flags.en || !flags.pt) throw new UsageError('alignNeedsInput');
  return alignRaw(ctx, flags.en, flags.pt, flags);
}

/** The format asked for, else TMX for a `.tmx` file, the side-by-side view on a terminal, JSONL otherwise. */
function formatOf(flags: AlignFlags, jsonlOnTty: boolean): Format {
  return flags.format ?? (flags.out?.endsWith('.tmx') ? 'tmx' : !flags.out && process.stdout.isTTY && !jsonlOnTty ? 'text' : 'jsonl');
}

/**
 * One document's links in the asked format: a `{"id","links"}` line
 * (interfaces.md §1), its TMX units, its side-by-side view under its id, or
 * its Moses lines (written to the two files by the caller).
 */
function render(format: Format, id: string, links: ReturnType<typeof alignSentences>, en: string[], pt: string[], minScore?: number): string {
  if (format === 'jsonl') return JSON.stringify({ id, links }) + '\n';
  const texts = withTexts(links, en, pt);
  if (format === 'tmx') return tmxUnits(texts, { doc: id, minScore });
  return `# ${escapeLine(id)}\n\n${renderSideBySide(texts, { width: 120 })}\n`;
}

/** `--batch`: every record aligned, in the asked format; a bad record is reported and the others go on. */
async function alignBatch(ctx: Context, path: string, flags: AlignFlags): Promise<void> {
  // The batch's JSONL is the machine interface: kept on a terminal too, unless another format is asked for.
  const format = formatOf(flags, true);
  // Only what a tool takes in (tmx, moses): the ladder (jsonl, text) keeps every link.
  const minScore = scoreFlag(flags.minScore, '--min-score');
  let tally;
  if (format === 'moses') {
    await withMoses(flags.out!, async (en, pt) => {
      tally = await eachRecord(ctx, path, async (rec) => {
        const [e, p] = [stringArrayField(rec, 'en_sentences', path), stringArrayField(rec, 'pt_sentences', path)];
        const moses = toMoses(withTexts(alignSentences(e, p), e, p), minScore);
        await en.write(moses.en);
        await pt.write(moses.pt);
      }, flags.errors);
    });
    return closeBatch(ctx, tally!);
  }
  await writeAll(flags.out, async (sink) => {
    if (format === 'tmx') await sink.write(tmxHeader(pipelineVersion()));
    tally = await eachRecord(ctx, path, async (rec) => {
      const id = recordId(rec);
      const [e, p] = [stringArrayField(rec, 'en_sentences', path), stringArrayField(rec, 'pt_sentences', path)];
      if (format === 'tmx') noteXmlChars(ctx, path, rec.line, [id, ...e, ...p], 'TMX');
      await sink.write(render(format, id, alignSentences(e, p), e, p, minScore));
    }, flags.errors);
    if (format === 'tmx') await sink.write(tmxFooter());
  });
  closeBatch(ctx, tally!);
}

/** Moses files `OUT.en` and `OUT.pt`, written together: both appear, or neither if writing fails. */
function withMoses(out: string, produce: (en: Sink, pt: Sink) => Promise<void>): Promise<void> {
  return writeAll(`${out}.en`, (en) => writeAll(`${out}.pt`, (pt) => produce(en, pt)));
}

/** A text file's content, with one stderr line when its charset was a guess: what `run` writes to diagnostics.jsonl (F48). */
function readNoted(ctx: Context, path: string): string {
  const { text, guessed } = readDecoded(path);
  if (guessed) process.stderr.write(`medbitext: ${place(path)}  ${ctx.t('warnings.charsetGuessed')}\n`);
  return text;
}

async function alignRaw(ctx: Context, enPath: string, ptPath: string, flags: AlignFlags): Promise<void> {
  const [en, pt] = [readNoted(ctx, enPath), readNoted(ctx, ptPath)];
  const file = await processDocument('pair', { kind: 'pair', en, pt }, enPath);
  const fatal = fatalInputError(file);
  if (fatal) throw fatal;
  const sentences = file.data.sentences ?? [];
  const byN: Record<Lang, Map<number, Sentence>> = { en: new Map(), pt: new Map() };
  for (const s of sentences) byN[s.lang].set(s.n, s);
  const pairs: TextLink[] = (file.data.alignment ?? []).map((l) => ({
    en: l.en,
    pt: l.pt,
    score: l.score,
    en_text: l.en.map((n) => byN.en.get(n)!.text).join(' '),
    pt_text: l.pt.map((n) => byN.pt.get(n)!.text).join(' '),
  }));
  // Only what a tool takes in: the ladder (jsonl, text) keeps every link.
  const minScore = scoreFlag(flags.minScore, '--min-score');
  const format = formatOf(flags, false);
  if (format === 'moses') {
    const moses = toMoses(pairs, minScore);
    return withMoses(flags.out!, async (en, pt) => {
      await en.write(moses.en);
      await pt.write(moses.pt);
    });
  }
  await writeAll(flags.out, async (sink: Sink) => {
    if (format === 'text') {
      const tty = !flags.out && process.stdout.isTTY;
      return sink.write(renderSideBySide(pairs, { width: tty ? process.stdout.columns : 120, color: tty }));
    }
    // The document is named after the English file (`report.en.txt` → `report`).
    const doc = basename(enPath).replace(/(\.en)?\.[^.]*$/, '');
    if (format === 'tmx') {
      noteXmlChars(ctx, enPath, undefined, [en], 'TMX');
      noteXmlChars(ctx, ptPath, undefined, [pt], 'TMX');
      return sink.write(toTmx(pairs, { creationToolVersion: pipelineVersion(), minScore, doc }));
    }
    for (const p of pairs) await sink.write(JSON.stringify(p) + '\n');
  });
}
