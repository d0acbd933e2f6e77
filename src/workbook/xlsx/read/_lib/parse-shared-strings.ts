import { TAG_CLOSE, TAG_OPEN, XmlScanner } from "./xml-scanner";
import { decodeExcelEscapes } from "./xml-text";

/**
 * xl/sharedStrings.xml: one string per <si>, the <t> texts of a rich-text item joined; phonetic
 * guides (<rPh>, the furigana/pinyin Excel keeps beside East Asian text) are left out, as Excel shows them.
 */
export function parseSharedStrings(xml: string): string[] {
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
