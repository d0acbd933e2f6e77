/**
 * Which built-in number formats show a date or a time: ids 14–22, 45 and 47, and the East Asian 27–36
 * and 50–58 (ECMA-376 §18.8.30), which a style names by id alone, with no code written. Elapsed time
 * (46, "[h]:mm:ss") is a duration and stays a number. A custom code is told by isDateFormatCode.
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}
