import type { OpenPart } from "../../src/workbook/xlsx/write";

/** `bytes` written into the part's next buffer, as the writer writes a piece: the piece, to hand back to the part. */
export function writtenInto(part: Pick<OpenPart, "buffer">, bytes: Uint8Array): Uint8Array {
  const buffer = part.buffer(bytes.length);
  buffer.set(bytes);
  return buffer.subarray(0, bytes.length);
}
