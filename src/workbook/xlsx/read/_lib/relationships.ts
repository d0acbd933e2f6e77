import { TAG_CLOSE, XmlScanner } from "./xml-scanner";

/** One relationship of an OPC part, its target already resolved to a part name inside the zip. */
export interface Relationship {
  id: string;
  /** The type URI's last segment ("worksheet", "sharedStrings", "officeDocument"…): transitional and strict OOXML differ only before it. */
  type: string;
  part: string;
  external: boolean;
}

export function parseRelationships(xml: Uint8Array, sourcePart: string): Relationship[] {
  const baseDir = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/")) : "";
  const out: Relationship[] = [];
  const scanner = new XmlScanner(xml);
  while (scanner.next()) {
    if (scanner.kind === TAG_CLOSE || scanner.name !== "Relationship") continue;
    const id = scanner.attr("Id");
    const target = scanner.attr("Target");
    if (id === undefined || target === undefined) continue;
    const type = scanner.attr("Type") ?? "";
    const external = scanner.attr("TargetMode") === "External";
    out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), part: external ? target : resolvePartName(baseDir, target), external });
  }
  return out;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative or absolute target URI to a zip entry name ("worksheets/../x.xml" from "xl" → "xl/x.xml"). */
export function resolvePartName(baseDir: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray "%" is kept as written
  }
  const segments = decoded.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
