import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listInputs, type Listed } from '../../src/batch/walk.js';
import { tempDir } from '../helpers/temp.js';

/** Each listed item as its path, or `key path` for one reported and skipped. */
const shape = (listed: Listed[], root: string) => listed.map((l) => ('path' in l ? l.path : `${l.error.key} ${l.error.file}`).replaceAll(root, '.'));

describe('listInputs', () => {
  it('reads only regular files: a FIFO, a socket and a device are reported, not opened', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), 'Text.');
    execFileSync('mkfifo', [join(d, 'b.txt')]);
    const server = createServer().listen(join(d, 'c.jsonl'));
    await new Promise((r) => server.once('listening', r));
    try {
      symlinkSync('/dev/zero', join(d, 'd.txt'));
      expect(shape(listInputs([d], { followOutsideLinks: true }), d)).toEqual(['./a.txt', 'notRegular ./b.txt', 'notRegular ./c.jsonl', 'notRegular ./d.txt']);
      // Named as an input itself: reported too.
      expect(shape(listInputs(['/dev/zero']), d)).toEqual(['notRegular /dev/zero']);
    } finally {
      server.close();
    }
  });

  it('meets a folder cycle once, reports broken links and loops, and goes on', () => {
    const d = tempDir();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', 'a.txt'), 'Text.');
    symlinkSync('..', join(d, 'sub', 'up'));
    symlinkSync(join(d, 'nowhere.txt'), join(d, 'broken.txt'));
    symlinkSync(join(d, 'loop2.txt'), join(d, 'loop1.txt'));
    symlinkSync(join(d, 'loop1.txt'), join(d, 'loop2.txt'));
    writeFileSync(join(d, 'z.txt'), 'Text.');
    expect(shape(listInputs([d]), d)).toEqual(['brokenLink ./broken.txt', 'linkLoop ./loop1.txt', 'linkLoop ./loop2.txt', './sub/a.txt', 'alreadyVisited ./sub/up', './z.txt']);
  });

  it('follows a link out of the input folder only when asked', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'Text.');
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), 'Text.');
    symlinkSync(join(outside, 'secret.txt'), join(d, 'b.txt'));
    symlinkSync(outside, join(d, 'c'));
    // A link inside the folder to a file inside it is read once.
    symlinkSync(join(d, 'a.txt'), join(d, 'd.txt'));
    expect(shape(listInputs([d]), d)).toEqual(['./a.txt', 'linkOutside ./b.txt', 'linkOutside ./c', 'alreadyVisited ./d.txt']);
    expect(shape(listInputs([d], { followOutsideLinks: true }), d).map((p) => p.replaceAll(outside, 'OUT'))).toEqual(['./a.txt', './b.txt', 'alreadyVisited ./c/secret.txt', 'alreadyVisited ./d.txt']);
    // A link named as an input is the user's choice: followed.
    expect(shape(listInputs([join(d, 'b.txt')]), d)).toEqual(['./b.txt']);
  });

  it('refuses a file over the document cap from its size, but streams JSONL (its lines are capped)', () => {
    const d = tempDir();
    writeFileSync(join(d, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(join(d, 'big.jsonl'), `${JSON.stringify({ id: 'a', text: 'x'.repeat(2000) })}\n`);
    writeFileSync(join(d, 'small.txt'), 'Text.');
    const listed = listInputs([d], { limits: { documentBytes: 1000 } });
    expect(shape(listed, d)).toEqual(['./big.jsonl', 'overCap ./big.txt', './small.txt']);
  });
});
