import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from './sources.js';
import { runDocument } from './document.js';

/** A pool thread: processes documents sent by the main thread, one at a time. */
parentPort!.on('message', async (msg: { doc: SourceDocument; version: string }) => {
  try {
    parentPort!.postMessage({ ok: true, result: await runDocument(msg.doc, msg.version) });
  } catch (error) {
    const e = error as Error & { key?: string };
    parentPort!.postMessage({ ok: false, message: e.message, key: e.key, params: (e as { params?: unknown }).params });
  }
});
