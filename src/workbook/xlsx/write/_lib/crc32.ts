const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/**
 * The CRC-32 a zip entry is checked with, continued from `value` (the CRC of the bytes before), in
 * JavaScript: for where no faster one is at hand (the browser page; Node before 20.15, whose zlib has none).
 */
export function crc32(data: Uint8Array, value = 0): number {
  let crc = value ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
