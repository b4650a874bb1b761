import { readJsonl, recordId, stringArrayField } from '../../io/jsonl.js';
import { readTextFile } from '../../ingest/read.js';
import { alignSentences } from '../../align/align.js';
import { renderSideBySide, toMoses, toTmx } from '../../align/output.js';
import { pipelineVersion } from '../../batch/version.js';
import { fatalInputError, processDocument } from '../../processor.js';
import type { Lang, Sentence } from '../../types.js';
import { basename } from 'node:path';
import { UsageError, scoreFlag, writeAll, type Context, type Sink } from '../context.js';

interface AlignFlags {
  batch?: string;
  en?: string;
  pt?: string;
  out?: string;
  format?: 'jsonl' | 'tmx' | 'moses' | 'text';
  minScore?: string;
}

/** `medbitext align --batch docs.jsonl` (§1) or `--en A --pt B` (§2). */
export async function align(_ctx: Context, flags: AlignFlags): Promise<void> {
  if (flags.batch && (flags.en || flags.pt)) throw new UsageError('alignBothModes');
  if (flags.batch) return alignBatch(flags.batch, flags.out);
  if (!flags.en || !flags.pt) throw new UsageError('alignNeedsInput');
  return alignRaw(flags.en, flags.pt, flags);
}

async function alignBatch(path: string, out?: string): Promise<void> {
  await writeAll(out, async (sink) => {
    for await (const rec of readJsonl(path)) {
      const id = recordId(rec);
      const links = alignSentences(stringArrayField(rec, 'en_sentences', path), stringArrayField(rec, 'pt_sentences', path));
      await sink.write(JSON.stringify({ id, links }) + '\n');
    }
  });
}

async function alignRaw(enPath: string, ptPath: string, flags: AlignFlags): Promise<void> {
  const file = await processDocument('pair', { kind: 'pair', en: readTextFile(enPath), pt: readTextFile(ptPath) }, enPath);
  const fatal = fatalInputError(file);
  if (fatal) throw fatal;
  const sentences = file.data.sentences ?? [];
  const byN: Record<Lang, Map<number, Sentence>> = { en: new Map(), pt: new Map() };
  for (const s of sentences) byN[s.lang].set(s.n, s);
  const pairs = (file.data.alignment ?? []).map((l) => ({
    en: l.en,
    pt: l.pt,
    score: l.score,
    en_text: l.en.map((n) => byN.en.get(n)!.text).join(' '),
    pt_text: l.pt.map((n) => byN.pt.get(n)!.text).join(' '),
  }));
  // Only what a tool takes in: the ladder (jsonl, text) keeps every link.
  const minScore = scoreFlag(flags.minScore, '--min-score');
  const format = flags.format ?? (flags.out?.endsWith('.tmx') ? 'tmx' : !flags.out && process.stdout.isTTY ? 'text' : 'jsonl');
  if (format === 'moses') {
    if (!flags.out) throw new UsageError('mosesNeedsOut');
    const moses = toMoses(pairs, minScore);
    await writeAll(`${flags.out}.en`, (sink) => sink.write(moses.en));
    await writeAll(`${flags.out}.pt`, (sink) => sink.write(moses.pt));
    return;
  }
  await writeAll(flags.out, async (sink: Sink) => {
    if (format === 'text') {
      const tty = !flags.out && process.stdout.isTTY;
      return sink.write(renderSideBySide(pairs, { width: tty ? process.stdout.columns : 120, color: tty }));
    }
    // The document is named after the English file (`report.en.txt` → `report`).
    const doc = basename(enPath).replace(/(\.en)?\.[^.]*$/, '');
    if (format === 'tmx') return sink.write(toTmx(pairs, { creationToolVersion: pipelineVersion(), minScore, doc }));
    for (const p of pairs) await sink.write(JSON.stringify(p) + '\n');
  });
}
