import * as zlib from "node:zlib";
import type { Packer } from "../../workbook/xlsx/write";

/**
 * Node's zlib for the lean writer's zip: native deflate and CRC-32 are several times faster than
 * JavaScript on a summary's megabytes of sheet XML. Level 1, as the ExcelJS path used: the file is a
 * few per cent larger and written several times faster. zlib.crc32 came with Node 20.15 and the
 * package allows any Node 20: before it, the zip's own CRC-32 is used (Packer.crc32 is optional).
 */
export const nativePacker: Packer = {
  deflate: (data) => zlib.deflateRawSync(data, { level: 1 }),
  ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array) => zlib.crc32(data) } : {}),
};
