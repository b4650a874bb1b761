import { parentPort } from 'node:worker_threads';
import { storedResults } from './shards.js';
import { writeGlossary, type GlossaryTask } from './glossary.js';

/** The reduce's glossary thread: builds and writes the glossary of the stored results it is sent, and hands it back. */
parentPort!.once('message', async (task: GlossaryTask) => {
  try {
    parentPort!.postMessage({ ok: true, written: await writeGlossary(task.out, storedResults(task.dir, task.entries)) });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ ok: false, message: e.message, stack: e.stack });
  }
});
