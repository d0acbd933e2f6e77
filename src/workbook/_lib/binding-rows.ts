import type { TemplateBinding } from "../port";

/** The very hidden sheet that tells which template each sheet was made from. */
export const METADATA_SHEET = "_huibao_templates";

/** Excel caps a cell at 32,767 characters; the template JSON is split across cells below that. */
const CHUNK = 30000;
const HEAD = ["sheetName", "templateId", "templateVersion", "templateJson"];

/** Bindings as rows of strings: a head row, then one row per bound sheet with the JSON in chunks. */
export function bindingsToRows(bindings: readonly TemplateBinding[]): string[][] {
  const rows = bindings.map((b) => {
    const chunks: string[] = [];
    for (let i = 0; i < b.templateJson.length; i += CHUNK) chunks.push(b.templateJson.slice(i, i + CHUNK));
    return [b.sheetName, b.templateId, b.templateVersion, ...chunks];
  });
  return [HEAD, ...rows];
}

/** Read the rows back; rows that are not bindings (a clerk's stray edit) are skipped. */
export function rowsToBindings(rows: readonly (readonly unknown[])[]): TemplateBinding[] {
  return rows
    .slice(1)
    .filter((row) => typeof row[0] === "string" && typeof row[1] === "string" && row[0] && row[1])
    .map((row) => ({
      sheetName: String(row[0]),
      templateId: String(row[1]),
      templateVersion: String(row[2] ?? ""),
      templateJson: row.slice(3).filter((c) => typeof c === "string").join(""),
    }));
}

/** The bindings with one added or replaced (by sheet name). */
export function upsertBinding(bindings: readonly TemplateBinding[], binding: TemplateBinding): TemplateBinding[] {
  return [...bindings.filter((b) => b.sheetName !== binding.sheetName), binding];
}
