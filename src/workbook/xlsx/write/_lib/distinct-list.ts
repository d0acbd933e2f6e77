/** Items per chunk of a DistinctList. */
const CHUNK = 8192;

/**
 * A list of distinct items (XML fragments, texts), each given the index of its first appearance: what
 * styles.xml and sharedStrings.xml are made of. Held in chunks: a ledger summary's shared strings are
 * hundreds of thousands of texts, and one array of them was copied into a larger one each time it grew,
 * each copy a large object for the collector (a third of a microsecond a text).
 */
export class DistinctList {
  /** The items in order, CHUNK to an array (the last one filling up). */
  readonly chunks: string[][] = [[]];
  private count = 0;
  private readonly index = new Map<string, number>();

  constructor(...initial: string[]) {
    for (const item of initial) this.of(item);
  }

  /** How many items there are. */
  get length(): number {
    return this.count;
  }

  /** The items in order, as one array (for a short list). */
  items(): string[] {
    return this.chunks.flat();
  }

  /** The item's index, added the first time it is seen. */
  of(item: string): number {
    let at = this.index.get(item);
    if (at === undefined) {
      at = this.append(item);
      this.index.set(item, at);
    }
    return at;
  }

  /** Add an item at the end without looking for it (nor making it found later): a repeat gets an index of its own. */
  append(item: string): number {
    let last = this.chunks[this.chunks.length - 1];
    if (last.length === CHUNK) this.chunks.push((last = []));
    last.push(item);
    return this.count++;
  }
}
