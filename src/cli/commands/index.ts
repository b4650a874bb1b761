import { join } from 'node:path';
import { packageRoot } from '../../io/package.js';
import { counted, UsageError, type Context } from '../context.js';
import { parseJobs, parseLimits, peakMemory, progress } from '../progress.js';

interface IndexFlags {
  out?: string;
  format?: 'embedded' | 'elasticsearch';
  jobs?: string;
  maxDocumentBytes?: string;
  maxDocumentSentences?: string;
}

/** `medbitext index [INPUT…] --out DIR [--format embedded|elasticsearch]` (interfaces.md §6). */
export async function index(ctx: Context, inputs: string[], flags: IndexFlags): Promise<void> {
  const { t } = ctx;
  if (!flags.out) throw new UsageError('indexNeedsOut');
  const jobs = parseJobs(flags.jobs, '--jobs', ctx);
  const limits = parseLimits(flags.maxDocumentBytes, flags.maxDocumentSentences);
  const sources = inputs.length > 0 ? inputs : [join(packageRoot(), 'corpus')];
  const shown = progress(ctx);
  const { buildIndex } = await import('../../search/build.js');
  const summary = await buildIndex({ inputs: sources, out: flags.out, format: flags.format ?? 'embedded', jobs, limits, onStart: shown.onStart, onDocument: shown.onDocument });
  shown.end();
  const lines = [
    t('index.summary.documents', { added: summary.added, replaced: summary.replaced, unchanged: summary.unchanged, failed: summary.failed.length }),
    t('index.summary.records', { documents: counted(ctx, 'document', summary.documents), records: counted(ctx, 'record', summary.records) }),
    summary.files.length > 0 && t('index.summary.bulk', { count: summary.files.length }),
    t('run.summary.time', { seconds: summary.ms / 1000 }),
    peakMemory(ctx),
    t('index.summary.out', { out: flags.out }),
  ];
  process.stderr.write(lines.filter(Boolean).join('\n') + '\n');
  if (summary.failed.length > 0) process.exitCode = summary.documents > 0 ? 1 : 2;
}
