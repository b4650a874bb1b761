import { join, resolve } from 'node:path';
import { removeStaleTemps } from '../io/atomic.js';
import { InputError, OutputError } from '../io/errors.js';
import type { ReadLimits } from '../io/limits.js';
import { documentVersion, resultVersion } from './version.js';
import { Manifest, stateDir, type ManifestEntry } from './manifest.js';
import { documents, isFailure, type InputFormat, type SourceDocument, type SourceItem } from './sources.js';
import { inProcessRunner, WorkerRunner, type DocumentRunner } from './pool.js';
import type { CorpusCounts } from '../types.js';
import { reduce } from './reduce.js';
import { storedResults } from './shards.js';
import { lockOutput } from './lock.js';
import { usedTermbase, versionWithTermbase } from '../glossary/project-termbase.js';
import { decisionsToApply, keepDecisions } from '../review/kept.js';
import { prepareOutput } from './output.js';
import { RunAccount, type RunReport } from './run-report.js';
import { keepUnread } from './kept-results.js';

export interface RunOptions {
  inputs: string[];
  out: string;
  /** Reprocess documents even when the output folder has them done. */
  force?: boolean;
  /**
   * Worker threads processing documents (the CLI's `--jobs`, ≥ 1); with two or more, the
   * reduce's two parts (corpus files, glossary) run at once on threads of their own too.
   * Unset, all of it runs in this thread, as code run from the TypeScript sources needs.
   */
  jobs?: number;
  /** Read every file in this format instead of guessing from its extension. */
  format?: InputFormat;
  /** The project termbase (`--termbase`); by default `termbase.yaml` in the output folder, where there is one. */
  termbase?: string;
  /** A reviewer's decisions file to apply (`--decisions`), kept in the output folder for later runs; by default the one kept there. */
  decisions?: string;
  /** Links scoring below this stay out of the TMX (`--min-score`), unless a reviewer accepted them. */
  minScore?: number;
  /** Follow links out of the input folders they were found in. */
  followOutsideLinks?: boolean;
  limits?: ReadLimits;
  onDocument?: (event: DocumentEvent) => void;
  /** Called once before processing with the number of documents expected (for an ETA). */
  onStart?: (documents: number) => void;
  /** A failure in words, for `run-report.json` (the CLI gives its localized line). */
  describe?: (error: InputError) => string;
}

export type DocumentEvent =
  | { state: 'done'; id: string; path: string }
  | { state: 'skipped'; id: string; path: string }
  | { state: 'renamed'; doc: SourceDocument }
  | { state: 'failed'; error: InputError };

export interface RunSummary {
  ok: number;
  skipped: number;
  failed: InputError[];
  /** Documents of the folder's corpus whose input failed this time: their earlier results stay in the corpus files. */
  kept: string[];
  /** Every record read, per input file; also written to `run-report.json` in the output folder. */
  report: RunReport;
  counts?: CorpusCounts;
  ms: number;
}

/**
 * The whole pipeline over a corpus: map each document to a stored result
 * (skipping those already done with the same content and version), then
 * reduce the results into the corpus files. Bad records are reported, counted
 * and skipped; a missing input or an empty folder throws. A place that cannot
 * be written (a full disk) stops the run at once (OutputError). A run that
 * throws, or reads nothing, removes the folders it created.
 */
export async function runCorpus(options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const out = resolve(options.out);
  // Said with the path as the user gave it.
  const output = prepareOutput(options.out);
  const progress = { recorded: 0 };
  try {
    // Locked before the manifest is read, so no other run is appending to it.
    const unlock = lockOutput(stateDir(out), out);
    try {
      const summary = await runLocked(options, out, new Manifest(out), started, progress);
      if (summary.ok + summary.skipped === 0) output.removeCreated();
      return summary;
    } finally {
      unlock();
    }
  } catch (error) {
    // Documents already stored stay for a rerun to resume from (after a full disk is freed, say).
    if (progress.recorded === 0) output.removeCreated();
    throw error;
  }
}

async function runLocked(options: RunOptions, out: string, manifest: Manifest, started: number, progress: { recorded: number }): Promise<RunSummary> {
  // A run killed between writing and renaming leaves temporaries behind.
  for (const dir of [out, join(out, 'i18n', 'en'), join(out, 'i18n', 'pt'), manifest.dir, join(manifest.dir, 'shards')]) removeStaleTemps(dir);
  const termbase = usedTermbase(out, options.termbase);
  // Checked before any document is processed: a file with mistakes stops the run with all of them.
  const decisions = decisionsToApply(out, options.decisions);
  const version = versionWithTermbase(resultVersion(), termbase);
  const account = new RunAccount(options.describe);

  // Even one thread is worth it: a worker's heap is capped (see pool.ts), where this
  // thread's would swell with the garbage of the map step, for little more CPU
  // (docs/performance.md, "A thread even for --jobs 1").
  const threads = options.jobs === undefined ? 0 : Math.max(1, options.jobs);
  const runner = threads > 0 ? new WorkerRunner(threads, version, manifest.dir, termbase) : inProcessRunner(version, manifest.dir, termbase);
  const map = new MapStep(options, manifest, version, runner, threads, account, progress);
  await map.run(documents(options.inputs, { skip: [out], format: options.format, followOutsideLinks: options.followOutsideLinks, limits: options.limits, onCount: options.onStart }));
  const { ok, skipped, failed } = map;

  // Results in input order, read back one at a time so the reduce holds one document.
  // A document of the corpus there whose input failed this time keeps its earlier result: a reduce never drops it.
  const { entries: done, kept } = keepUnread(manifest, map.inInputOrder(), failed);
  // With no document read at all, the output folder keeps what it had.
  let counts: CorpusCounts | undefined;
  if (ok + skipped > 0) {
    counts = await reduce(out, storedResults(manifest.dir, done), { threads: threads > 1, termbase, decisions, minScore: options.minScore });
    if (decisions) keepDecisions(out, decisions);
    account.write(out);
  }
  return { ok, skipped, failed, kept, report: account.report(), counts, ms: Date.now() - started };
}

/**
 * The map step: each document read becomes a stored result (or is skipped,
 * done before with the same content and version), a few at a time on the
 * runner; every outcome is counted in the run's account.
 */
class MapStep {
  ok = 0;
  skipped = 0;
  readonly failed: InputError[] = [];
  /** Document ids in input order, whatever order they finish in. */
  private readonly order: string[] = [];
  /** Documents done in this run (processed or skipped), by id: the manifest entries naming their shards. */
  private readonly finished = new Map<string, ManifestEntry>();
  private readonly inFlight = new Set<Promise<void>>();
  /** The first place that could not be written: it ends the run (every document after it would fail the same way). */
  private stop: OutputError | undefined;

  constructor(
    private readonly options: RunOptions,
    private readonly manifest: Manifest,
    private readonly version: string,
    private readonly runner: DocumentRunner,
    private readonly threads: number,
    private readonly account: RunAccount,
    private readonly progress: { recorded: number },
  ) {}

  /** Map every item; the runner is closed at the end, and a write failure is thrown once the documents in flight are done. */
  async run(items: AsyncIterable<SourceItem>): Promise<void> {
    try {
      for await (const item of items) {
        if (this.stop) break;
        if (isFailure(item)) {
          this.account.read(item.error.file);
          this.fail(item.error, item.error.file);
          continue;
        }
        await this.take(item);
      }
      await Promise.all(this.inFlight);
    } finally {
      await this.runner.close();
    }
    if (this.stop) throw this.stop;
  }

  /** The manifest entries of the documents done, in input order. */
  inInputOrder(): ManifestEntry[] {
    return this.order.filter((id) => this.finished.has(id)).map((id) => this.finished.get(id)!);
  }

  private async take(doc: SourceDocument): Promise<void> {
    const { options, account } = this;
    account.read(doc.path);
    if (doc.renamedFrom !== undefined) {
      account.renamed(doc);
      options.onDocument?.({ state: 'renamed', doc });
    }
    this.order.push(doc.id);
    const prior = options.force ? undefined : this.manifest.done(doc.id, doc.hash, documentVersion(this.version, doc.maxSentences));
    if (prior) {
      this.finished.set(doc.id, prior);
      this.skipped++;
      account.outcome(doc.path, 'unchanged');
      options.onDocument?.({ state: 'skipped', id: doc.id, path: doc.path });
      return;
    }
    const task = this.process(doc).finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
    // With threads, one document more per thread waits queued, so a thread never idles while this one records a result.
    if (this.inFlight.size >= Math.max(1, 2 * this.threads)) await Promise.race(this.inFlight);
  }

  private async process(doc: SourceDocument): Promise<void> {
    let entry: ManifestEntry;
    try {
      // The shard is on disk before the manifest names it, so a crash between the two only redoes this document.
      entry = await this.runner.run(doc);
      this.manifest.record(entry);
      this.progress.recorded++;
    } catch (error) {
      if (error instanceof OutputError) return void (this.stop ??= error);
      this.fail(error instanceof InputError ? error : new InputError('processing', doc.path, { reason: (error as Error).message }, doc.line), doc.path);
      return;
    }
    this.finished.set(doc.id, entry);
    this.ok++;
    this.account.outcome(doc.path, 'processed');
    this.options.onDocument?.({ state: 'done', id: doc.id, path: doc.path });
  }

  private fail(error: InputError, file: string): void {
    this.failed.push(error);
    this.account.failed(error, file);
    this.options.onDocument?.({ state: 'failed', error });
  }
}
