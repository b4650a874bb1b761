import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asOutputError, errnoCode, OutputError } from '../io/errors.js';
import { stateDir } from './manifest.js';

/** The nearest existing ancestor of a path that is not a folder, if one is in the way. */
function fileInTheWay(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      return statSync(p).isDirectory() ? undefined : p;
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
}

/** The nearest existing folder above (or at) a path, if it cannot be written. */
function unwritableAncestor(path: string): string | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      statSync(p);
    } catch {
      if (dirname(p) === p) return undefined;
      continue;
    }
    try {
      accessSync(p, constants.W_OK);
      return undefined;
    } catch {
      return p;
    }
  }
}

/**
 * Make sure an output folder can be written before any work is done: a file
 * where the folder (or one of its parents) should be, or a folder that cannot
 * be written, is an OutputError naming it. Creates the folder and its state
 * folder; `removeCreated` takes away what this call created (a run that
 * failed, or read nothing, leaves no empty folders behind).
 */
export function prepareOutput(out: string): { removeCreated(): void } {
  const blocking = fileInTheWay(out);
  if (blocking) throw new OutputError('isFile', blocking);
  let created: string | undefined;
  try {
    created = mkdirSync(join(stateDir(out), 'shards'), { recursive: true });
    accessSync(out, constants.W_OK);
    accessSync(stateDir(out), constants.W_OK);
  } catch (error) {
    if (created) rmSync(created, { recursive: true, force: true });
    // The folder that cannot be written, when one can be named (a recursive mkdir on a read-only disk says ENOENT).
    const locked = unwritableAncestor(join(stateDir(out), 'shards'));
    if (locked) throw new OutputError('notWritable', locked, errnoCode(error));
    throw asOutputError(error, (error as NodeJS.ErrnoException).path ?? out);
  }
  return {
    removeCreated: () => {
      if (created) rmSync(created, { recursive: true, force: true });
      created = undefined;
    },
  };
}
