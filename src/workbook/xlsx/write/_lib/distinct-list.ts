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
      at = this.items.length;
      this.items.push(item);
      this.index.set(item, at);
    }
    return at;
  }
}
