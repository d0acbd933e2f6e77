/** A unit's name as a file name (下发 files, one per unit): the characters no file system takes become “_”. */
export function unitFileName(unit: string): string {
  const safe = [...unit].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? "_" : c)).join("");
  return `${safe.trim() || "_"}.xlsx`;
}
