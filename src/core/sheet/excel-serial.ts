/**
 * Excel's date serials and the Dates a snapshot holds (the calendar day and time as written, at UTC, no
 * time zone): one home for the conversion, which the xlsx reader and writer, the Office.js adapter and
 * the summary's plans all make.
 *
 * 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60),
 * so from serial 61 (1900-03-01) on, serials are days since 1899-12-30. Serial 60 has no date. A time of
 * day alone (a serial below 1) sits on 1899-12-30, where ExcelJS and most tools put it, so writing it
 * back round-trips. 1904 system (old Mac workbooks): serial 0 is 1904-01-01.
 */

export const DAY_MS = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** The first serial after the phantom 29 February 1900: 1900-03-01. */
const MARCH_1900 = 61;
/** 9999-12-31, Excel's last date, in each system. */
const MAX_SERIAL_1900 = 2_958_465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/** The Date a serial stands for; undefined where it stands for none (serial 60, a negative one, one past 9999). */
export function serialToDate(serial: number, date1904 = false): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  if (date1904) return serial >= MAX_SERIAL_1904 + 1 ? undefined : atMs(EPOCH_1904, serial);
  if (serial >= MAX_SERIAL_1900 + 1 || (serial >= 60 && serial < MARCH_1900)) return undefined;
  return atMs(serial >= 1 && serial < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30, serial);
}

function atMs(epoch: number, serial: number): Date {
  // Times are stored as fractions of a day; rounding to the millisecond removes the binary noise.
  return new Date(epoch + Math.round(serial * DAY_MS));
}

/** A date as Excel's serial (1900 system): what serialToDate reads back as that date. */
export function excelSerial(date: Date): number {
  return excelSerialOfTime(date.getTime());
}

/** A time (ms since 1970, UTC, as Date.getTime gives it) as Excel's serial: excelSerial without a Date. */
export function excelSerialOfTime(time: number): number {
  const days = (time - EPOCH_1899_12_30) / DAY_MS;
  // From 1899-12-31 to 1900-02-28 Excel counts one day fewer (its 29 February comes after them);
  // 1899-12-31 itself, which has no serial, comes out as 0. A day below 1 is a time of day alone, on
  // 1899-12-30, as serialToDate puts it.
  return days >= 1 && days < MARCH_1900 ? days - 1 : days;
}
