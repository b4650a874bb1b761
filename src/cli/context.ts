import { statSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { errnoCode, InputError, OutputError } from '../io/errors.js';
import { AtomicWriter } from '../io/atomic.js';
import { Blocks } from '../io/blocks.js';
import { escapeLine } from '../io/escape.js';
import type { Locale } from '../i18n/locales.js';

export interface Context {
  t: TFunction;
  locale: Locale;
}

/** `file:line:col` as compilers print it (a path that holds a line break is escaped, so the message stays one line). */
export function place(file: string, line?: number, column?: number): string {
  return `${escapeLine(file)}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
}

/**
 * A value from the input made safe for a one-line message: no control
 * characters (a binary file's bytes never reach the terminal) and at most
 * 200 characters.
 */
export function safeParam(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const line = escapeLine(value);
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function safeParams(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, safeParam(v)]));
}

/** What is wrong with an input, localized, without its place. */
export function reason(ctx: Context, error: InputError): string {
  return ctx.t(`errors.${error.key}`, { ...safeParams(error.params), path: safeParam(error.file) });
}

/** One localized line for an input error (one that is about no file, such as a query, is said without a place). */
export function describe(ctx: Context, error: InputError): string {
  return error.file ? `${place(error.file, error.line, error.column)}  ${reason(ctx, error)}` : reason(ctx, error);
}

/** One localized line for a place that cannot be written. */
export function describeOutput(ctx: Context, error: OutputError): string {
  return `${escapeLine(error.path)}  ${ctx.t(`errors.output.${error.key}`, { code: error.code ?? '' })}`;
}

/** Print a fatal error on one line and end with a non-zero exit: 2 for the user's input, flags or disk, 1 for a fault of medbitext's own. */
export function fail(ctx: Context, error: unknown): never {
  process.stderr.write(`medbitext: ${failureLine(ctx, error)}\n`);
  const known = error instanceof InputError || error instanceof UsageError || error instanceof OutputError || systemPath(error) !== undefined;
  if (!known && process.env.MEDBITEXT_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
  process.exit(known ? 2 : 1);
}

/** The path a system error names, if any (an errno error from a file operation). */
function systemPath(error: unknown): string | undefined {
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  return errnoCode(error) && typeof path === 'string' ? path : undefined;
}

export function failureLine(ctx: Context, error: unknown): string {
  if (error instanceof InputError) return describe(ctx, error);
  if (error instanceof UsageError) return ctx.t(`errors.${error.key}`, safeParams(error.params));
  if (error instanceof OutputError) return describeOutput(ctx, error);
  const path = systemPath(error);
  // A file operation no layer above turned into a message of its own: still the path and the problem, on one line,
  // without guessing whether it was a read or a write.
  if (path !== undefined) {
    const syscall = (error as NodeJS.ErrnoException).syscall ?? '?';
    return `${escapeLine(path)}  ${ctx.t('errors.fileFailed', { code: errnoCode(error), syscall })}`;
  }
  const e = error as Error;
  return ctx.t('errors.internal', { reason: safeParam(e?.message ?? String(error)) });
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

/** `3 documents`, `1 entrada`: a count with its noun in the locale's plural form and number format (`units.*`). */
export function counted(ctx: Context, unit: string, count: number): string {
  return ctx.t(`units.${unit}`, { count });
}

/** A flag that takes a whole number ≥ 1 (`--jobs`, `--limit`, `--concurrency` …). */
export function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  // Digits only: `1e3`, `0x10` or `2.0` are not what a user means by a count.
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError('badNumber', { flag, value });
  return n;
}

/** A flag that takes a score in [0, 1] (`--min-score`). */
export function scoreFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError('badScore', { flag, value });
  return n;
}

/** Where data goes: stdout, or `--out` written atomically. Both gather chunks into blocks; `write` returns a promise only when it wrote one. */
export interface Sink {
  write(chunk: string): Promise<void> | undefined;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

function openSink(out?: string): Sink {
  return out ? openFile(out) : stdoutSink();
}

/** A file written atomically; a folder at `path` is refused before anything is written (the rename at the end would fail naming a temporary file). */
export function openFile(path: string): AtomicWriter {
  if (isFolder(path)) throw new OutputError('isDirectory', path);
  return new AtomicWriter(path);
}

function stdoutSink(): Sink {
  const blocks = new Blocks((block) => new Promise((resolve, reject) => process.stdout.write(block, (err) => (err ? reject(err) : resolve()))));
  return {
    write: (chunk) => blocks.add(chunk),
    commit: () => blocks.flush(),
    // What was produced before the failure is written, as on a stream.
    abort: () => blocks.flush().catch(() => undefined),
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
