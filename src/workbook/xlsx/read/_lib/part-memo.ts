/**
 * Parsed parts that many files share byte for byte — styles.xml, workbook.xml and its relationships
 * are the same in every workbook made from one template — kept by their stored (compressed) bytes;
 * likewise texts every such workbook holds (a template's JSON among its shared strings), by theirs.
 * A hit compares the bytes themselves, so it is exact, never a guess from a checksum. Results are
 * shared between files and must be treated as read-only. A few dozen distinct parts are kept; when
 * more arrive the memo starts over, so a folder of unrelated files costs no more than without it.
 */
export class PartMemo<T> {
  private readonly buckets = new Map<string, Array<{ stored: Uint8Array; value: T }>>();
  private count = 0;

  constructor(private readonly capacity = 32) {}

  /** The value parsed from these stored bytes before, or `compute()`'s, remembered under them. `context` separates parses that depend on more than the bytes. */
  get(stored: Uint8Array, checksum: number, context: string, compute: () => T): T {
    const key = `${checksum}:${stored.length}:${context}`;
    const bucket = this.buckets.get(key);
    const hit = bucket?.find((entry) => sameBytes(entry.stored, stored));
    if (hit) return hit.value;
    const value = compute();
    if (this.count >= this.capacity) {
      this.buckets.clear();
      this.count = 0;
    }
    // A copy, so the memo never keeps a whole file's buffer alive for one part of it (a Node
    // Buffer's slice() would be a view, hence the constructor).
    const entry = { stored: new Uint8Array(stored), value };
    const list = this.buckets.get(key);
    if (list) list.push(entry);
    else this.buckets.set(key, [entry]);
    this.count++;
    return value;
  }
}

/** Four bytes at a time: parts run to a few kilobytes, compared once per file. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  const x = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const y = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const whole = a.length - (a.length % 4);
  for (let i = 0; i < whole; i += 4) if (x.getUint32(i) !== y.getUint32(i)) return false;
  for (let i = whole; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
