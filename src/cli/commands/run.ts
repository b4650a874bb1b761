import { runCorpus } from '../../batch/run.js';
import type { InputFormat } from '../../batch/sources.js';
import { packageRoot } from '../../lang/data.js';
import { join } from 'node:path';
import { scoreFlag, type Context } from '../context.js';
import { DecisionsError, describeDecisionsError, reviewLines } from '../review.js';
import { DECISIONS_FILE } from '../../review/kept.js';
import { parseJobs, progress } from '../progress.js';

interface RunFlags {
  out: string;
  jobs?: string;
  force?: boolean;
  inputFormat?: InputFormat;
  termbase?: string;
  decisions?: string;
  minScore?: string;
}

/** Documents whose parts were guessed, by kind, or '' when none: said here, not only in diagnostics.jsonl. */
function guessedLine({ t }: Context, guessed: Record<string, number>): string {
  const kinds = Object.entries(guessed).map(([rule, count]) => t(`run.summary.guess.${rule}`, { count }));
  return kinds.length === 0 ? '' : t('run.summary.guessed', { kinds: kinds.join(', ') });
}

/** `medbitext run [INPUT…]`: the whole pipeline; with no input, the bundled corpus. */
export async function run(ctx: Context, inputs: string[], flags: RunFlags): Promise<void> {
  const { t } = ctx;
  const sources = inputs.length > 0 ? inputs : [join(packageRoot(), 'corpus')];
  const jobs = parseJobs(flags.jobs);
  const minScore = scoreFlag(flags.minScore, '--min-score');
  const shown = progress(ctx);
  let summary: Awaited<ReturnType<typeof runCorpus>>;
  try {
    summary = await runCorpus({ inputs: sources, out: flags.out, force: flags.force, jobs, format: flags.inputFormat, termbase: flags.termbase, decisions: flags.decisions, minScore, onStart: shown.onStart, onDocument: shown.onDocument });
  } catch (error) {
    if (!(error instanceof DecisionsError)) throw error;
    process.stderr.write(describeDecisionsError(ctx, error) + '\n');
    process.exitCode = 2;
    return;
  } finally {
    shown.end();
  }
  if (summary.ok + summary.skipped === 0 && summary.failed.length > 0) {
    // Nothing could be read: the errors above say it all.
    process.exitCode = 2;
    return;
  }
  const c = summary.counts;
  const lines = [
    t('run.summary.documents', { ok: summary.ok, skipped: summary.skipped, failed: summary.failed.length }),
    c && t('run.summary.sentences', { en: c.sentences.en, pt: c.sentences.pt }),
    c && t('run.summary.links', { count: c.links }),
    c && t('run.summary.entities', { count: c.entities }),
    c && t('run.summary.glossary', { count: c.glossary, candidates: c.candidates }),
    c && guessedLine(ctx, c.guessed),
    ...(c?.review ? reviewLines(ctx, c.review, flags.decisions ?? join(flags.out, DECISIONS_FILE)) : []),
    t('run.summary.time', { seconds: (summary.ms / 1000).toFixed(2) }),
    c ? t('run.summary.out', { out: flags.out }) : t('run.summary.nothing'),
  ];
  process.stderr.write(lines.filter(Boolean).join('\n') + '\n');
  if (summary.failed.length > 0) process.exitCode = 1;
}
