const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 24 * 60 * 60 * 1000;

/** A date as Excel's serial day number (1900 system), since a plan's cells hold text and numbers only. */
export function excelSerial(date: Date): number {
  return excelSerialOfTime(date.getTime());
}

/** A time (ms since 1970, UTC, as Date.getTime gives it) as Excel's serial day number: excelSerial without a Date. */
export function excelSerialOfTime(time: number): number {
  return (time - EPOCH) / DAY;
}
