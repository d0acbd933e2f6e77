import { unzipSync } from "fflate";
import { crc32 } from "node:zlib";

/**
 * A zip's files, each checked against the CRC-32 and size its central directory gives (Node's zlib
 * computes the CRC): fflate's unzipSync checks neither, so a wrong CRC would pass it unseen — and Excel
 * calls such a file damaged.
 */
export function unzipChecked(zip: Uint8Array): Record<string, Uint8Array> {
  const files = unzipSync(zip);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const data = files[name];
    if (crc32(data) !== view.getUint32(at + 16, true) || data.length !== view.getUint32(at + 24, true)) throw new Error(`${name}: CRC-32 or size does not match its data`);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}
