/** Characters of output gathered before a write to a stream. */
export const WRITE_BLOCK = 1 << 16;

/**
 * Chunks of output gathered into blocks before they go to a stream: a
 * corpus is written a line at a time, and each stream write has its own
 * cost. Standard output and atomically written files both send theirs so.
 */
export class Blocks {
  private pending = '';

  constructor(private readonly send: (block: string) => Promise<void>) {}

  /** A promise only when a block was sent: a caller of many short chunks awaits seldom. */
  add(chunk: string): Promise<void> | undefined {
    this.pending += chunk;
    return this.pending.length >= WRITE_BLOCK ? this.flush() : undefined;
  }

  /** Send what is gathered, if anything. */
  flush(): Promise<void> {
    const block = this.pending;
    this.pending = '';
    return block ? this.send(block) : Promise.resolve();
  }

  /** Forget what is gathered (an output given up). */
  drop(): void {
    this.pending = '';
  }
}
