import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The unit workbooks of a benchmark folder, in name order. */
export function unitFiles(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(folder, f));
}
