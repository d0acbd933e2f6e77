/** A list of distinct items (XML fragments, texts), each given the index of its first appearance: what styles.xml and sharedStrings.xml are made of. */
export class DistinctList {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(...initial: string[]) {
    for (const item of initial) this.of(item);
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
    this.items.push(item);
    return this.items.length - 1;
  }
}
