/**
 * Excel date serials to JS Dates at UTC (the calendar day and time as written, no time zone).
 *
 * 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never existed
 * (serial 60), so from serial 61 (1900-03-01) on, serials are days since 1899-12-30. Serial 60 has
 * no date; it is returned as undefined and the caller keeps the number. A time of day alone (serial
 * below 1) is put on 1899-12-30, where ExcelJS and most tools put it, so writing it back round-trips.
 * 1904 system (old Mac workbooks): serial 0 is 1904-01-01.
 */

const DAY_MS = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, Excel's last date, in each system. */
const MAX_SERIAL_1900 = 2_958_465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  if (date1904) return serial >= MAX_SERIAL_1904 + 1 ? undefined : atMs(EPOCH_1904, serial);
  if (serial >= MAX_SERIAL_1900 + 1 || (serial >= 60 && serial < 61)) return undefined;
  return atMs(serial >= 1 && serial < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30, serial);
}

function atMs(epoch: number, serial: number): Date {
  // Times are stored as fractions of a day; rounding to the millisecond removes the binary noise.
  return new Date(epoch + Math.round(serial * DAY_MS));
}
