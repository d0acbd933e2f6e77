import { inflateRawSync } from "node:zlib";
import type { RawInflater } from "../../workbook/xlsx/read";

/**
 * Node's zlib for the lean reader: a consolidation inflates five or six small parts per file, and
 * native zlib does that several times faster than fflate's JavaScript. maxOutputLength stops a part
 * that inflates past its declared size (a zip bomb) without allocating what it would expand to.
 */
export const nativeInflater: RawInflater = (compressed, maxBytes) => {
  try {
    const data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });
    return data.length > maxBytes ? "overflow" : data;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return "overflow";
    throw error;
  }
};
