import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../io/errors.js';
import { MB, PDF_THREAD_HEAP, PDF_TIMEOUT_MS, pdfLimits, type PdfLimits } from './limits.js';
import type { PdfPage } from './types.js';

/**
 * The pages of a PDF, parsed on a thread of their own: its heap is capped, so
 * a PDF that would need gigabytes ends that thread, not this process, and the
 * document fails alone with a one-line reason. Run from the TypeScript
 * sources (tests, eval scripts), the thread is the built one in dist/.
 */
const THREAD = new URL(import.meta.url.endsWith('.ts') ? '../../../dist/ingest/pdf/thread.js' : './thread.js', import.meta.url);

export async function readPdfPages(source: { path: string; data?: Uint8Array }, limits: PdfLimits = pdfLimits()): Promise<PdfPage[]> {
  const { path } = source;
  const size = source.data?.byteLength ?? fileSize(path);
  if (size > limits.maxFileBytes) throw new InputError('pdfFileSize', path, { limit: Math.round(limits.maxFileBytes / MB) });
  if (size === 0) throw new InputError('empty', path);
  const worker = new Worker(THREAD, { resourceLimits: PDF_THREAD_HEAP });
  try {
    return await new Promise<PdfPage[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new InputError('pdfTimeout', path, { seconds: PDF_TIMEOUT_MS / 1000 })), PDF_TIMEOUT_MS);
      const settle = (f: () => void) => {
        clearTimeout(timer);
        f();
      };
      worker.once('message', (m: { ok: boolean; pages?: PdfPage[]; key?: string; file?: string; params?: Record<string, string | number> }) =>
        settle(() => (m.ok ? resolve(m.pages!) : reject(new InputError(m.key!, m.file ?? path, m.params)))),
      );
      worker.once('error', (e: Error & { code?: string }) =>
        settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new InputError('pdfMemory', path, { limit: PDF_THREAD_HEAP.maxOldGenerationSizeMb }) : new InputError('pdfText', path, { reason: e.message.split('\n')[0]! }))),
      );
      worker.once('exit', (code) => settle(() => reject(new InputError('pdfText', path, { reason: `parser thread exited (code ${code})` }))));
      worker.postMessage({ path, data: source.data, limits });
    });
  } finally {
    await worker.terminate();
  }
}

function fileSize(path: string): number {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('isDirectory', path);
    return st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', path);
  }
}
