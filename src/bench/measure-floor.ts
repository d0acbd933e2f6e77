import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";

/**
 * The floor: unzip each file's sheet XML and shared strings, and scan the values with a regular
 * expression. Nothing is matched or checked: no real reader can be faster than this.
 */
export function measureFloor(files: readonly string[]): { values: number } {
  let values = 0;
  for (const file of files) {
    const parts = unzipSync(readFileSync(file), { filter: (f) => f.name.startsWith("xl/worksheets/sheet") || f.name === "xl/sharedStrings.xml" });
    for (const bytes of Object.values(parts)) {
      const xml = strFromU8(bytes);
      for (const match of xml.matchAll(/<v>([^<]*)<\/v>|<t[^>]*>([^<]*)<\/t>/g)) if (match[1] ?? match[2]) values++;
    }
  }
  return { values };
}
