import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { errnoCode, InputError } from './errors.js';

/** What kind of thing a path is, for a message about one that is not a regular file. */
export function fileKind(st: Stats): string {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isDirectory()) return 'directory';
  return 'other';
}

/** The input error for an errno met opening or reading an input. */
export function readProblem(error: unknown, path: string, line?: number): InputError {
  if (error instanceof InputError) return error;
  const code = errnoCode(error);
  const key = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'isDirectory' : code === 'ELOOP' ? 'linkLoop' : 'unreadable';
  return new InputError(key, path, {}, line);
}

/**
 * Open an input only if it is a regular file. O_NONBLOCK: opening a FIFO with
 * no writer would otherwise wait forever; the check is made on the open
 * descriptor (fstat), so a path swapped after it was listed is caught too.
 * Returns the descriptor and the size; the caller closes it.
 */
export function openRegularFile(path: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw readProblem(error, path);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError('isDirectory', path);
    if (!st.isFile()) throw new InputError('notRegular', path, { kind: fileKind(st) });
    return { fd, size: st.size };
  } catch (error) {
    closeSync(fd);
    throw readProblem(error, path);
  }
}

/** `40 MB`, `512 KB`, `100 bytes`: a byte cap as a message shows it. */
export function formatBytes(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return `${n} bytes`;
}

/** The error for an input over its byte cap. */
export function overCap(path: string, maxBytes: number, line?: number): InputError {
  return new InputError('overCap', path, { limit: formatBytes(maxBytes) }, line);
}

/**
 * A whole regular file, read only if it holds at most `maxBytes`: decided
 * from its size before reading, and a file that grows meanwhile is refused
 * once the bytes read pass the cap.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const { fd, size } = openRegularFile(path);
  try {
    if (size > maxBytes) throw overCap(path, maxBytes);
    const chunks: Buffer[] = [];
    let length = 0;
    // One read of the size stat gave, and one more to see the end (a file that grew goes on in further chunks).
    let want = size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw overCap(path, maxBytes);
      want = 1 << 16;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  } catch (error) {
    throw readProblem(error, path);
  } finally {
    closeSync(fd);
  }
}
