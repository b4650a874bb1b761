/** Ids of the form `X-N`: the only real ids a renamed repeat (`X-2`) could take. */
const SUFFIXED = /-\d+$/;

export function isSuffixed(id: string): boolean {
  return SUFFIXED.test(id);
}

/**
 * Document ids are data: a corpus may repeat one, or hold both `dup` and
 * `dup-2`. The first document asking for an id gets it; a repeat gets
 * `ID-N`, N the first number that neither an id given out so far nor any
 * real id of the inputs (`reserved`, gathered before reading: the ids of
 * the form `X-N`) takes, so a renamed repeat never displaces a real id.
 */
export class DocumentIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  constructor(private readonly reserved: ReadonlySet<string>) {}

  /**
   * The id a document gets. `real`: the id is the input's own (a record's
   * `id`, a file's name); a made-up one (`line-N` for a record without an
   * id) also gives way to a real id of the same spelling.
   */
  assign(id: string, real = true): string {
    if (!this.taken.has(id) && (real || !this.reserved.has(id))) {
      this.taken.add(id);
      return id;
    }
    let n = this.next.get(id) ?? 2;
    while (this.taken.has(`${id}-${n}`) || this.reserved.has(`${id}-${n}`)) n++;
    this.next.set(id, n + 1);
    const unique = `${id}-${n}`;
    this.taken.add(unique);
    return unique;
  }
}
