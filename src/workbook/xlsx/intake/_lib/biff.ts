/**
 * BIFF, the record format inside .xls files: a record is a 2-byte type, a 2-byte length and its data.
 * Intake only needs to know a BIFF stream when it sees one and whether it is password-protected.
 */

const BOF_TYPES = new Set([0x0009, 0x0209, 0x0409, 0x0809]); // BIFF2, 3, 4, 5/8
const FILEPASS = 0x002f;
/** FILEPASS follows BOF at the start of the workbook globals; a few records is plenty to look at. */
const RECORDS_TO_SCAN = 16;

/** True when the bytes start with a BIFF beginning-of-file record (a bare BIFF2–4 .xls has no OLE container). */
export function startsWithBiffBof(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  const type = bytes[0] | (bytes[1] << 8);
  const length = bytes[2] | (bytes[3] << 8);
  return BOF_TYPES.has(type) && length >= 4 && length <= 32;
}

/** True when a FILEPASS record (the workbook is encrypted) appears among the first records. */
export function hasFilePass(stream: Uint8Array): boolean {
  let p = 0;
  for (let i = 0; i < RECORDS_TO_SCAN && p + 4 <= stream.length; i++) {
    const type = stream[p] | (stream[p + 1] << 8);
    if (type === FILEPASS) return true;
    p += 4 + (stream[p + 2] | (stream[p + 3] << 8));
  }
  return false;
}
