import { availableParallelism } from 'node:os';
import type { DocumentEvent } from '../batch/run.js';
import { describe, positiveInteger, type Context } from './context.js';

/** `--jobs N`: a whole number ≥ 1; by default the number of cores. */
export function parseJobs(value: string | undefined): number {
  return value === undefined ? availableParallelism() : positiveInteger(value, '--jobs');
}

/**
 * Progress on stderr while documents stream by: a line redrawn in place on a
 * TTY (count, documents/s), a plain line every 10 s otherwise. Failures are
 * printed as they happen, one line each.
 */
export function progress(ctx: Context): { onDocument: (e: DocumentEvent) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let seen = 0;
  let last = 0;
  const line = (id: string) => {
    const rate = seen / Math.max(0.001, (Date.now() - started) / 1000);
    return ctx.t('run.progress', { count: seen, rate: rate.toFixed(1), id });
  };
  return {
    onDocument(e) {
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
