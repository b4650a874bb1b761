import { runCorpus } from '../../batch/run.js';
import type { InputFormat } from '../../batch/sources.js';
import { RUN_REPORT } from '../../batch/run-report.js';
import { fewIds } from '../../batch/corpus-ids.js';
import { packageRoot } from '../../io/package.js';
import { join } from 'node:path';
import { counted, reason, scoreFlag, type Context } from '../context.js';
import { DecisionsError, describeDecisionsError, reviewLines } from '../review.js';
import { DECISIONS_FILE } from '../../review/kept.js';
import { parseJobs, parseLimits, peakMemory, progress } from '../progress.js';
import { escapeLine } from '../../io/escape.js';

interface RunFlags {
  out: string;
  jobs?: string;
  force?: boolean;
  inputFormat?: InputFormat;
  termbase?: string;
  decisions?: string;
  minScore?: string;
  followOutsideLinks?: boolean;
  maxDocumentBytes?: string;
  maxDocumentSentences?: string;
}


/** Documents whose parts were guessed, by kind, or '' when none: said here, not only in diagnostics.jsonl. */
function guessedLine({ t }: Context, guessed: Record<string, number>): string {
  const kinds = Object.entries(guessed).map(([rule, count]) => t(`run.summary.guess.${rule}`, { count }));
  return kinds.length === 0 ? '' : t('run.summary.guessed', { kinds: kinds.join(', ') });
}

/**
 * Ctrl-C or a kill: say what is kept and how to go on, then end as the signal
 * would (exit 128 + its number). Silence left a user guessing whether the
 * work was lost. Returns the function that takes the handlers off.
 */
function interruption({ t }: Context, out: string, endProgress: () => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      endProgress();
      process.stderr.write(t('run.interrupted', { out }) + '\n');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

/** `medbitext run [INPUT…]`: the whole pipeline; with no input, the bundled corpus. */
export async function run(ctx: Context, inputs: string[], flags: RunFlags): Promise<void> {
  const { t } = ctx;
  const sources = inputs.length > 0 ? inputs : [join(packageRoot(), 'corpus')];
  const jobs = parseJobs(flags.jobs, '--jobs', ctx);
  const limits = parseLimits(flags.maxDocumentBytes, flags.maxDocumentSentences);
  const minScore = scoreFlag(flags.minScore, '--min-score');
  const shown = progress(ctx);
  const stop = interruption(ctx, flags.out, shown.end);
  let summary: Awaited<ReturnType<typeof runCorpus>>;
  try {
    summary = await runCorpus({
      inputs: sources,
      out: flags.out,
      force: flags.force,
      jobs,
      format: flags.inputFormat,
      termbase: flags.termbase,
      decisions: flags.decisions,
      minScore,
      followOutsideLinks: flags.followOutsideLinks,
      limits,
      onStart: shown.onStart,
      onDocument: shown.onDocument,
      describe: (e) => reason(ctx, e),
    });
  } catch (error) {
    if (!(error instanceof DecisionsError)) throw error;
    process.stderr.write(describeDecisionsError(ctx, error) + '\n');
    process.exitCode = 2;
    return;
  } finally {
    stop();
    shown.end();
  }
  const r = summary.report;
  const c = summary.counts;
  const lines = [
    t('run.summary.documents', { read: r.read, ok: r.processed, skipped: r.unchanged, failed: r.failed }),
    c && t('run.summary.sentences', { en: c.sentences.en, pt: c.sentences.pt }),
    c && t('run.summary.links', { links: counted(ctx, 'link', c.links) }),
    c && t('run.summary.entities', { mentions: counted(ctx, 'mention', c.entities) }),
    c && t('run.summary.glossary', { entries: counted(ctx, 'entry', c.glossary), candidates: counted(ctx, 'candidate', c.candidates) }),
    c && guessedLine(ctx, c.guessed),
    c && c.unpairedKeywords > 0 && t('run.summary.unpairedKeywords', { documents: counted(ctx, 'document', c.unpairedKeywords) }),
    c && summary.kept.length > 0 && t('run.summary.kept', { documents: counted(ctx, 'document', summary.kept.length), ids: escapeLine(fewIds(summary.kept)) }),
    ...(c?.review ? reviewLines(ctx, c.review, flags.decisions ?? join(flags.out, DECISIONS_FILE)) : []),
    t('run.summary.time', { seconds: summary.ms / 1000 }),
    peakMemory(ctx),
    c ? t('run.summary.out', { out: flags.out }) : t('run.summary.nothing'),
    c && r.failed > 0 && t('run.report', { path: join(flags.out, RUN_REPORT) }),
  ];
  process.stderr.write(lines.filter(Boolean).join('\n') + '\n');
  // Nothing could be read: 2, as for any input the command cannot use; some records failed: 1.
  if (summary.ok + summary.skipped === 0) process.exitCode = 2;
  else if (r.failed > 0) process.exitCode = 1;
}
