import * as zlib from "node:zlib";
import type { Packer } from "../../workbook/xlsx/write";

/**
 * zlib's output buffer: a piece of a megabyte of sheet XML deflates to a few hundred kilobytes, and
 * at zlib's default of 16 KB each piece's output was gathered from a dozen fresh buffers — a tenth
 * of a ledger summary's writing went to making them (and to the collections they brought on).
 */
const CHUNK = 1 << 17;
/** A piece that is not the part's last ends in a sync flush, so the next piece's stream continues it. */
export const OPEN_PIECE: zlib.ZlibOptions = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: CHUNK };
export const LAST_PIECE: zlib.ZlibOptions = { level: 1, chunkSize: CHUNK };

/**
 * Node's zlib for the lean writer's zip: native deflate and CRC-32 are several times faster than
 * JavaScript on a summary's megabytes of sheet XML. Level 1, as the ExcelJS path used: the file is a
 * few per cent larger and written several times faster. Pieces of a part are deflated on libuv's
 * thread pool while the writer makes the next piece, so the two cores share the work. zlib.crc32
 * came with Node 20.15 and the package allows any Node 20: before it, the zip's own CRC-32 is used
 * (Packer.crc32 is optional).
 */
export const nativePacker: Packer = {
  deflate: (data) => zlib.deflateRawSync(data, LAST_PIECE),
  deflatePiece: (data, last) =>
    new Promise((resolve, reject) => zlib.deflateRaw(data, last ? LAST_PIECE : OPEN_PIECE, (error, out) => (error ? reject(error) : resolve(out)))),
  ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array, value?: number) => zlib.crc32(data, value) } : {}),
};
