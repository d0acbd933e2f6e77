import { isCellError, type CellValue } from "../sheet";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A cell's value as the text a clerk would see in the form: dates as 2023-02-20, errors as #N/A. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const hours = value.getUTCHours();
    return hours ? `${date} ${pad(hours)}:${pad(value.getUTCMinutes())}` : date;
  }
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return String(value);
}
