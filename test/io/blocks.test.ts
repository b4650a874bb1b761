import { describe, expect, it } from 'vitest';
import { Blocks, WRITE_BLOCK } from '../../src/io/blocks.js';

describe('Blocks', () => {
  it('send chunks together once a block is gathered, the rest when flushed, nothing empty', async () => {
    const sent: string[] = [];
    const blocks = new Blocks(async (block) => void sent.push(block));
    const half = 'a'.repeat(WRITE_BLOCK / 2);
    expect(blocks.add(half)).toBeUndefined();
    await blocks.add(`${half}b`);
    expect(sent).toEqual([`${half}${half}b`]);
    expect(blocks.add('c')).toBeUndefined();
    await blocks.flush();
    await blocks.flush();
    expect(sent.slice(1)).toEqual(['c']);
  });

  it('forget what they gathered when dropped', async () => {
    const sent: string[] = [];
    const blocks = new Blocks(async (block) => void sent.push(block));
    blocks.add('given up');
    blocks.drop();
    await blocks.flush();
    expect(sent).toEqual([]);
  });
});
