import { runCorpus, type DocumentEvent } from '../../batch/run.js';
import type { InputFormat } from '../../batch/sources.js';
import { packageRoot } from '../../lang/data.js';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { describe, UsageError, type Context } from '../context.js';

interface RunFlags {
  out: string;
  jobs?: string;
  force?: boolean;
  inputFormat?: InputFormat;
}

/** `medbitext run [INPUT…]`: the whole pipeline; with no input, the bundled corpus. */
export async function run(ctx: Context, inputs: string[], flags: RunFlags): Promise<void> {
  const { t } = ctx;
  const sources = inputs.length > 0 ? inputs : [join(packageRoot(), 'corpus')];
  const tty = process.stderr.isTTY;
  let seen = 0;
  const onDocument = (e: DocumentEvent) => {
    seen++;
    if (e.state === 'failed') process.stderr.write(`medbitext: ${describe(ctx, e.error)}\n`);
    else if (tty) process.stderr.write(`\r${t('run.progress', { count: seen, id: e.id })}\x1b[K`);
    else if (seen % 100 === 0) process.stderr.write(`${t('run.progress', { count: seen, id: e.id })}\n`);
  };
  const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('badJobs', { value: String(flags.jobs) });
  const summary = await runCorpus({ inputs: sources, out: flags.out, force: flags.force, jobs, format: flags.inputFormat, onDocument });
  if (tty) process.stderr.write('\r\x1b[K');
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
    t('run.summary.time', { seconds: (summary.ms / 1000).toFixed(2) }),
    c ? t('run.summary.out', { out: flags.out }) : t('run.summary.nothing'),
  ];
  process.stderr.write(lines.filter(Boolean).join('\n') + '\n');
  if (summary.failed.length > 0) process.exitCode = 1;
}
