import { parentPort } from 'node:worker_threads';
import { OutputError, type InputError } from '../io/errors.js';
import type { SourceDocument } from './sources.js';
import { storeDocument } from './document.js';

/** A pool thread: processes and stores documents sent by the main thread, one at a time. */
parentPort!.on('message', async (msg: { doc: SourceDocument; version: string; dir: string; termbase?: string }) => {
  try {
    parentPort!.postMessage({ ok: true, entry: await storeDocument(msg.doc, msg.version, msg.dir, msg.termbase) });
  } catch (error) {
    // An InputError or OutputError crosses the thread boundary as its fields, to be rebuilt there.
    if (error instanceof OutputError) return parentPort!.postMessage({ ok: false, message: error.message, output: { key: error.key, path: error.path, code: error.code } });
    const e = error as Error & Partial<InputError>;
    parentPort!.postMessage({ ok: false, message: e.message, key: e.key, file: e.file, params: e.params, line: e.line, column: e.column });
  }
});
