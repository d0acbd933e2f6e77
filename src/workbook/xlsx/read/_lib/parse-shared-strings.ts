import { TAG_CLOSE, TAG_OPEN, XmlScanner } from "./xml-scanner";
import { decodeEntities, decodeExcelEscapes, decodeXmlBytes, normalizeLineEnds } from "./xml-text";

/**
 * xl/sharedStrings.xml: one string per <si>, the <t> texts of a rich-text item joined; phonetic
 * guides (<rPh>, the furigana/pinyin Excel keeps beside East Asian text) are left out, as Excel shows them.
 * Unlike a worksheet, the part is nearly all text, so it is decoded whole, in one call: that costs
 * less than decoding each item's bytes on its own.
 */
export function parseSharedStrings(part: Uint8Array | string): string[] {
  const text = typeof part === "string" ? part : decodeXmlBytes(part);
  return plainItems(text) ?? scannedItems(typeof part === "string" ? new TextEncoder().encode(part) : part);
}

const PRESERVE_OPENING = '<t xml:space="preserve">';
const PLAIN_CLOSING = "</t></si>";

/**
 * The common shape, one <t> per <si> and no prefixes (Excel, WPS and ExcelJS write it), read with
 * string searches alone; undefined as soon as any item has another shape, which the scanner then reads.
 */
function plainItems(xml: string): string[] | undefined {
  const out: string[] = [];
  for (let at = xml.indexOf("<si"); at >= 0; at = xml.indexOf("<si", at)) {
    if (!xml.startsWith("<si>", at)) return undefined;
    const opening = xml.startsWith("<t>", at + 4) ? 3 : xml.startsWith(PRESERVE_OPENING, at + 4) ? PRESERVE_OPENING.length : 0;
    if (opening === 0) return undefined;
    const start = at + 4 + opening;
    const end = xml.indexOf("<", start);
    if (end < 0 || !xml.startsWith(PLAIN_CLOSING, end)) return undefined;
    out.push(decodeExcelEscapes(decodeEntities(normalizeLineEnds(xml.slice(start, end)))));
    at = end + PLAIN_CLOSING.length;
  }
  return out.length > 0 ? out : undefined;
}

function scannedItems(xml: Uint8Array): string[] {
  const scanner = new XmlScanner(xml);
  const out: string[] = [];
  while (scanner.next()) {
    if (scanner.kind === TAG_OPEN && scanner.name === "si") out.push(readStringItem(scanner, "si"));
    else if (scanner.kind !== TAG_CLOSE && scanner.name === "si") out.push("");
  }
  return out;
}

/** After the start tag of <si> or <is>: the joined text up to its end tag. */
export function readStringItem(scanner: XmlScanner, endName: string): string {
  let text = "";
  while (scanner.next()) {
    if (scanner.kind === TAG_OPEN) {
      if (scanner.name === "t") text += scanner.text();
      else if (scanner.name === "rPh") scanner.skipElement();
    } else if (scanner.kind === TAG_CLOSE && scanner.name === endName) {
      break;
    }
  }
  return decodeExcelEscapes(text);
}
