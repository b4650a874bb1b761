import { join } from 'node:path';
import type { InputError } from '../io/errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { SourceDocument } from './sources.js';

/** What became of one input file's records. */
export interface FileReport {
  file: string;
  read: number;
  processed: number;
  unchanged: number;
  failed: number;
  failures: Failure[];
  /** Documents whose id another document of the inputs had first. */
  renamed: Array<{ line?: number; id: string; as: string }>;
}

export interface Totals {
  read: number;
  processed: number;
  unchanged: number;
  failed: number;
}

/** `run-report.json`: every record read, per input file, and what became of it. */
export interface RunReport extends Totals {
  files: FileReport[];
}

export const RUN_REPORT = 'run-report.json';

/** One failed record as the run report lists it (and `--batch --errors` too, with its file). */
export interface Failure {
  line?: number;
  error: string;
  reason: string;
}

/** The failure entry of `error`, `describe` saying it in words. */
export function failureEntry(error: InputError, describe: (error: InputError) => string): Failure {
  return { line: error.line, error: error.key, reason: describe(error) };
}

/**
 * The account of a run: each record is counted as read when it comes out of
 * the inputs, and once more by its outcome, so read = processed + unchanged
 * + failed holds only if none was lost on the way.
 */
export class RunAccount {
  private readonly files = new Map<string, FileReport>();

  /** `describe` says a failure in words (the CLI's localized line); by default its message key. */
  constructor(private readonly describe: (error: InputError) => string = (e) => e.key) {}

  private of(file: string): FileReport {
    let f = this.files.get(file);
    if (!f) this.files.set(file, (f = { file, read: 0, processed: 0, unchanged: 0, failed: 0, failures: [], renamed: [] }));
    return f;
  }

  read(file: string): void {
    this.of(file).read++;
  }

  renamed(doc: SourceDocument): void {
    if (doc.renamedFrom !== undefined) this.of(doc.path).renamed.push({ line: doc.line, id: doc.renamedFrom, as: doc.id });
  }

  outcome(file: string, state: 'processed' | 'unchanged'): void {
    this.of(file)[state]++;
  }

  /** `file`: the input the failed record was read from (a document's own failure may name it differently). */
  failed(error: InputError, file = error.file): void {
    const f = this.of(file);
    f.failed++;
    f.failures.push(failureEntry(error, this.describe));
  }

  totals(): Totals {
    const t: Totals = { read: 0, processed: 0, unchanged: 0, failed: 0 };
    for (const f of this.files.values()) for (const k of ['read', 'processed', 'unchanged', 'failed'] as const) t[k] += f[k];
    return t;
  }

  report(): RunReport {
    return { ...this.totals(), files: [...this.files.values()] };
  }

  /** Written with the corpus files, atomically. */
  write(out: string): void {
    writeFileAtomic(join(out, RUN_REPORT), JSON.stringify(this.report(), null, 2) + '\n');
  }
}
