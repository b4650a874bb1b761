import { availableParallelism } from 'node:os';
import type { DocumentEvent } from '../batch/run.js';
import { escapeLine } from '../io/escape.js';
import { DEFAULT_LIMITS, MAX_DOCUMENT_SENTENCES, parseByteSize, type ReadLimits } from '../io/limits.js';
import { describe, place, positiveInteger, UsageError, type Context } from './context.js';

/**
 * `--jobs N` (or `worker --concurrency N`, named by `flag`): a whole number
 * ≥ 1; by default the number of cores. More threads than cores only add
 * memory (each holds its own heap, docs/hostile-input.md says how much) for no speed: capped
 * to the cores, with a one-line note.
 */
export function parseJobs(value: string | undefined, flag = '--jobs', ctx?: Context): number {
  const cores = availableParallelism();
  if (value === undefined) return cores;
  const asked = positiveInteger(value, flag);
  if (asked <= cores) return asked;
  if (ctx) process.stderr.write(`medbitext: ${ctx.t('run.jobsCapped', { flag, asked, cores })}\n`);
  return cores;
}

/** The process's peak resident memory so far (its threads included), as the summary says it. */
export function peakMemory(ctx: Context): string {
  return ctx.t('run.summary.memory', { mb: Math.round(process.resourceUsage().maxRSS / 1024) });
}

/** `--max-document-bytes SIZE`: the byte cap on one document (a file, or a JSONL line); `--max-document-sentences N`: its sentences. */
export function parseLimits(value: string | undefined, sentences?: string): ReadLimits {
  let limits = DEFAULT_LIMITS;
  if (value !== undefined) {
    const bytes = parseByteSize(value);
    if (bytes === undefined) throw new UsageError('badByteSize', { flag: '--max-document-bytes', value });
    limits = { documentBytes: bytes };
  }
  if (sentences === undefined) return limits;
  const documentSentences = positiveInteger(sentences, '--max-document-sentences');
  return documentSentences === MAX_DOCUMENT_SENTENCES ? limits : { ...limits, documentSentences };
}

/**
 * Progress on stderr while documents stream by: on a TTY a bar redrawn in
 * place (done/total, documents/s, ETA), otherwise a plain line every 10 s.
 * Failures are printed as they happen, one line each.
 */
export function progress(ctx: Context): { onStart: (total: number) => void; onDocument: (e: DocumentEvent) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let total = 0;
  let seen = 0;
  let last = 0;
  const line = (id: string) => {
    const rate = seen / Math.max(0.001, (Date.now() - started) / 1000);
    const left = Math.max(0, total - seen);
    const eta = rate > 0 && total > 0 ? formatDuration(left / rate) : '?';
    const width = 20;
    const filled = total > 0 ? Math.min(width, Math.round((seen / total) * width)) : 0;
    const bar = tty ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    return bar + ctx.t('run.progress', { count: seen, total: Math.max(total, seen), rate, eta, id: escapeLine(id) });
  };
  return {
    onStart(n) {
      total = n;
    },
    onDocument(e) {
      if (e.state === 'renamed') {
        const said = ctx.t('run.renamed', { id: escapeLine(e.doc.renamedFrom!), as: escapeLine(e.doc.id) });
        process.stderr.write(`${tty ? '\r\x1b[K' : ''}medbitext: ${place(e.doc.path, e.doc.line)}  ${said}\n`);
        return;
      }
      seen++;
      if (e.state === 'failed') {
        process.stderr.write(`${tty ? '\r\x1b[K' : ''}medbitext: ${describe(ctx, e.error)}\n`);
        return;
      }
      const now = Date.now();
      if (tty && now - last >= 100) process.stderr.write(`\r${line(e.id)}\x1b[K`);
      else if (!tty && now - last >= 10_000) process.stderr.write(`${line(e.id)}\n`);
      else return;
      last = now;
    },
    end() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

/** 75 → `1m15s`, 3700 → `1h01m`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
