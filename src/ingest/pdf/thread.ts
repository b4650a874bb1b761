import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { InputError } from '../../io/errors.js';
import { extractPages, oneLine } from './extract.js';
import { checkInflatedSize } from './inflate.js';
import type { PdfLimits } from './limits.js';

/**
 * The PDF parsing thread: one PDF per thread, under a capped heap (see
 * limits.ts). It reads the file itself (or takes the bytes it is sent),
 * checks what its streams inflate to, and hands back the pages' text runs.
 */
parentPort!.once('message', async (task: { path: string; data?: Uint8Array; limits: PdfLimits }) => {
  try {
    const data = task.data ?? new Uint8Array(readFileSync(task.path));
    await checkInflatedSize(data, task.limits.maxInflatedBytes, task.path);
    parentPort!.postMessage({ ok: true, pages: await extractPages(data, task.path, task.limits.maxPages) });
  } catch (error) {
    const e = error as Error & Partial<InputError>;
    if (e instanceof InputError) parentPort!.postMessage({ ok: false, key: e.key, file: e.file, params: e.params });
    else parentPort!.postMessage({ ok: false, key: 'pdfText', file: task.path, params: { reason: oneLine(e) } });
  }
});
