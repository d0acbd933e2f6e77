/**
 * Editing a built zip in place, to make the lies a crafted file tells: a central directory that
 * understates an entry's size, a file cut short.
 */

/** Sets the uncompressed size an entry's central-directory record (and local header) declares. */
export function setDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const name = new TextEncoder().encode(entryName);
  let found = false;
  for (let p = 0; p + 46 <= out.length; p++) {
    const sig = view.getUint32(p, true);
    const isCentral = sig === 0x02014b50;
    const isLocal = sig === 0x04034b50;
    if (!isCentral && !isLocal) continue;
    const nameAt = p + (isCentral ? 46 : 30);
    const nameLength = view.getUint16(p + (isCentral ? 28 : 26), true);
    if (nameLength !== name.length || !name.every((b, i) => out[nameAt + i] === b)) continue;
    view.setUint32(p + (isCentral ? 24 : 22), size, true);
    found = true;
  }
  if (!found) throw new Error(`no entry ${entryName}`);
  return out;
}

/**
 * Builds a zip whose first entry holds the given raw deflate data under a declared size (no real
 * content needed); `others` are stored. With `zip64`, the first entry's central record keeps its sizes
 * in a zip64 extra field, as writers do for entries over 4 GB; `flags` sets its general-purpose flags.
 */
export function zipWithRawEntry(
  entryName: string,
  deflated: Uint8Array,
  declaredSize: number,
  others: Array<{ name: string; data: Uint8Array }> = [],
  options: { zip64?: boolean; flags?: number } = {},
): Uint8Array {
  const entries = [{ name: entryName, data: deflated, method: 8, size: declaredSize, zip64: options.zip64 ?? false, flags: options.flags ?? 0 }, ...others.map((o) => ({ name: o.name, data: o.data, method: 0, size: o.data.length, zip64: false, flags: 0 }))];
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    lv.setUint16(6, e.flags, true);
    const extraLength = e.zip64 ? 20 : 0;
    const record = new Uint8Array(46 + name.length + extraLength);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.zip64 ? 0xffffffff : e.data.length, true);
    cv.setUint32(24, e.zip64 ? 0xffffffff : e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extraLength, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    if (e.zip64) {
      const at = 46 + name.length;
      cv.setUint16(at, 1, true);
      cv.setUint16(at + 2, 16, true);
      cv.setUint32(at + 4, e.size, true); // uncompressed first, then compressed (high words 0)
      cv.setUint32(at + 12, e.data.length, true);
    }
    chunks.push(local, e.data);
    central.push(record);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...chunks, ...central, end]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A raw deflate stream that inflates to about `outputBytes` zero bytes, built without ever holding
 * them: one fixed-Huffman block of a literal 0 followed by back-references of length 258, distance 1
 * (13 bits each, so ~160× compression). A 300 MB bomb is under 2 MB.
 */
export function deflateBomb(outputBytes: number): Uint8Array {
  const copies = Math.max(0, Math.floor((outputBytes - 1) / 258));
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 2);
  let bit = 0;
  const put = (value: number, count: number): void => {
    // Deflate packs bits from the least significant end; Huffman codes go most significant bit first.
    for (let i = 0; i < count; i++) {
      if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7);
      bit++;
    }
  };
  const putCode = (code: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) put((code >> i) & 1, 1);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = 01, fixed Huffman
  putCode(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    putCode(0xc5, 8); // length code 285 = 258
    putCode(0, 5); // distance code 0 = 1
  }
  putCode(0, 7); // end of block (256)
  return out.subarray(0, (bit + 7) >> 3);
}
