import type { TFunction } from 'i18next';
import { InputError } from '../io/errors.js';
import { AtomicWriter } from '../io/atomic.js';
import type { Locale } from './i18n.js';

export interface Context {
  t: TFunction;
  locale: Locale;
}

/** `file:line:col` as compilers print it. */
export function place(file: string, line?: number, column?: number): string {
  return `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
}

/** One localized line for an input error. */
export function describe(ctx: Context, error: InputError): string {
  return `${place(error.file, error.line, error.column)}  ${ctx.t(`errors.${error.key}`, { ...error.params, path: error.file })}`;
}

/** Print a fatal error on one line and end with a non-zero exit. */
export function fail(ctx: Context, error: unknown): never {
  if (error instanceof InputError) {
    process.stderr.write(`medbitext: ${describe(ctx, error)}\n`);
    process.exit(2);
  }
  if (error instanceof UsageError) {
    process.stderr.write(`medbitext: ${ctx.t(`errors.${error.key}`, error.params)}\n`);
    process.exit(2);
  }
  const e = error as Error;
  process.stderr.write(`medbitext: ${ctx.t('errors.internal', { reason: e?.message ?? String(error) })}\n`);
  if (process.env.MEDBITEXT_DEBUG) process.stderr.write(`${e?.stack}\n`);
  process.exit(1);
}

/** A wrong combination of options (no file involved). */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** A flag that takes a whole number ≥ 1 (`--jobs`, `--limit`, `--concurrency` …). */
export function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('badNumber', { flag, value });
  return n;
}

/** A flag that takes a score in [0, 1] (`--min-score`). */
export function scoreFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError('badScore', { flag, value });
  return n;
}

/** Where data goes: stdout, or `--out` written atomically. */
export interface Sink {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

function openSink(out?: string): Sink {
  if (out) return new AtomicWriter(out);
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
      }),
    commit: async () => {},
    abort: async () => {},
  };
}

/** Write everything `produce` yields; the output file appears only if all went well. */
export async function writeAll(out: string | undefined, produce: (sink: Sink) => Promise<void>): Promise<void> {
  const sink = openSink(out);
  try {
    await produce(sink);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
