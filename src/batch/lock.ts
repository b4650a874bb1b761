import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, procStat } from '../io/atomic.js';
import { asOutputError, InputError } from '../io/errors.js';

/**
 * One `run` at a time per output folder: two would record every document
 * twice and race each other's reduce. The lock names its process and, on
 * Linux, that process's start time; a lock whose process is gone (a killed
 * run), is a zombie (killed, never reaped), or whose pid now belongs to
 * another process (started at another time) is stale and taken over, so a
 * crash never blocks the next run. Queue workers share a folder by design and do
 * not take it. Returns the release function.
 */
export function lockOutput(stateDir: string, out: string): () => void {
  const path = join(stateDir, 'run.lock');
  if (held.has(path)) throw new InputError('outputBusy', out, { pid: process.pid, lock: path });
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      const started = procStat(process.pid)?.startTime;
      writeSync(fd, started ? `${process.pid} ${started}` : String(process.pid));
      closeSync(fd);
      held.add(path);
      return () => {
        held.delete(path);
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asOutputError(error, path);
    }
    const [pid, started] = readFileSync(path, 'utf8').trim().split(' ');
    const holder = Number(pid);
    // An empty lock is one being written right now: busy, not stale. Our own pid
    // on a lock this process does not hold is an earlier process's (a container
    // restarted after a crash gets the same pid again): stale.
    if (!holder || (holder !== process.pid && isProcessAlive(holder, started))) throw new InputError('outputBusy', out, { pid: holder || '?', lock: path });
    unlinkSync(path);
  }
}

/** Locks this process holds, so two runs in one process are told apart without pids. */
const held = new Set<string>();
