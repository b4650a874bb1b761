import { createInflate } from 'node:zlib';
import { InputError } from '../../io/errors.js';

/**
 * Count what a PDF's Flate streams inflate to, without keeping it, before
 * pdf.js sees the file: pdf.js inflates a stream whole into one buffer,
 * outside any heap cap, so a 1 MB file whose content stream inflates to
 * 4 GB would take 4 GB. Image streams are not counted (text extraction
 * never decodes them). A stream that fails to inflate is left to pdf.js,
 * which reports or skips it. Encrypted files are not scanned (their streams
 * are ciphertext); the thread's heap cap is what bounds them.
 */

/** How far before `stream` its dictionary may start. */
const DICT_REACH = 4096;

export async function checkInflatedSize(data: Uint8Array, limit: number, path: string): Promise<number> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.subarray(Math.max(0, buf.length - DICT_REACH)).includes('/Encrypt')) return 0;
  let total = 0;
  for (let at = buf.indexOf('stream'); at >= 0; at = buf.indexOf('stream', at + 6)) {
    // `endstream` contains `stream` too
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    const dictFrom = buf.lastIndexOf('obj', at);
    const dict = buf.toString('latin1', Math.max(dictFrom, at - DICT_REACH, 0), at);
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf('endstream', start);
    if (end < 0) continue;
    total += await inflatedLength(buf.subarray(start, end), limit - total);
    if (total > limit) throw new InputError('pdfInflated', path, { limit: Math.round(limit / (1024 * 1024)) });
    at = end;
  }
  return total;
}

/** Bytes `raw` inflates to, stopping once past `room`; 0 for data that is not a zlib stream. */
function inflatedLength(raw: Uint8Array, room: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let n = 0;
    const done = () => {
      inflate.removeAllListeners('data');
      resolve(n);
    };
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > room) {
        inflate.destroy();
        done();
      }
    });
    inflate.on('end', done);
    inflate.on('error', done);
    inflate.on('close', done);
    inflate.end(raw);
  });
}
