import { PartMemo } from "./part-memo";
import { startsWithAscii, utf8Text } from "./xml-bytes";
import { TAG_CLOSE, TAG_OPEN, XmlScanner } from "./xml-scanner";
import { decodeEntities, decodeExcelEscapes, normalizeLineEnds } from "./xml-text";

/**
 * xl/sharedStrings.xml: one string per <si>, the <t> texts of a rich-text item joined; phonetic
 * guides (<rPh>, the furigana/pinyin Excel keeps beside East Asian text) are left out, as Excel shows them.
 */
export function parseSharedStrings(part: Uint8Array | string): string[] {
  const xml = typeof part === "string" ? new TextEncoder().encode(part) : part;
  return plainItems(xml) ?? scannedItems(xml);
}

const PRESERVE_OPENING = '<t xml:space="preserve">';
const PLAIN_CLOSING = "</t></si>";

/**
 * Items whose text runs to this many bytes are, in practice, the template JSON every form made from
 * one template carries, the same in file after file: each is decoded once and then found by its bytes.
 */
const LONG_ITEM_BYTES = 2048;

/**
 * The common shape, one <t> per <si> and no prefixes (Excel, WPS and ExcelJS write it); undefined as
 * soon as any item has another shape, which the scanner then reads. The part is nearly all text, so
 * it is decoded in one call (that costs less than a call per item) and split by text searches; only a
 * long item is cut out of the decoding and looked up by its bytes first.
 */
function plainItems(xml: Uint8Array): string[] | undefined {
  // Room for the items the part says it holds, made at once: pushed one by one, they were copied into
  // an array half as large again, over and over (2,000 a ledger). More, if it says too few, are added.
  const out = new Array<string>(declaredCount(xml));
  let n = 0; // items put in out
  let run = 0; // where the bytes not yet decoded begin
  for (let long = nextLongItem(xml, 0); long !== undefined; long = nextLongItem(xml, long.next)) {
    n = putItemsOfText(out, n, utf8Text(xml, run, long.at));
    if (n < 0) return undefined;
    const { start, end } = long;
    out[n++] = LONG_ITEMS.get(xml.subarray(start, end), 0, "", () => itemText(utf8Text(xml, start, end)));
    run = long.next;
  }
  n = putItemsOfText(out, n, utf8Text(xml, run, xml.length));
  if (n <= 0) return undefined;
  out.length = n;
  return out;
}

/** Where a part's opening <sst> tag is looked for, from its start. */
const SST_HEAD_BYTES = 512;
/** The bytes of the shortest item of the common shape, <si><t></t></si>. */
const PLAIN_ITEM_BYTES = 16;
const UNIQUE_COUNT = /<sst\b[^>]*?\buniqueCount="(\d{1,9})"/;

/**
 * The count of items the part states (<sst uniqueCount="2137">), 0 when it states none; never more than
 * its bytes can hold (a part may state any count).
 */
function declaredCount(xml: Uint8Array): number {
  const count = UNIQUE_COUNT.exec(utf8Text(xml, 0, Math.min(xml.length, SST_HEAD_BYTES)));
  return count ? Math.min(Number(count[1]), Math.floor(xml.length / PLAIN_ITEM_BYTES)) : 0;
}

/** Half the length of a long item: any text that long holds a whole aligned window of this many bytes without "<". */
const WINDOW = LONG_ITEM_BYTES / 2;

/**
 * The next item of the common shape at or after `from` whose text is long: found by looking for a
 * window of bytes without "<" (one search back from each window's end, where short items have a "<"
 * within a few bytes), so a part of short items costs one search per kilobyte. The item starts at
 * `at`, its text runs from `start` to `end`, and the next item may begin at `next`.
 */
function nextLongItem(xml: Uint8Array, from: number): { at: number; start: number; end: number; next: number } | undefined {
  for (let window = Math.ceil(from / WINDOW) * WINDOW; window + WINDOW <= xml.length; window += WINDOW) {
    if (xml.lastIndexOf(60 /* < */, window + WINDOW - 1) >= window) continue;
    const tag = xml.lastIndexOf(60, window);
    const end = xml.indexOf(60, window);
    if (tag < 0 || end < 0) return undefined;
    const opening = startsWithAscii(xml, tag, "<t>") ? 3 : startsWithAscii(xml, tag, PRESERVE_OPENING) ? PRESERVE_OPENING.length : 0;
    const at = tag - 4;
    const start = tag + opening;
    if (opening > 0 && at >= from && startsWithAscii(xml, at, "<si>") && end - start >= LONG_ITEM_BYTES && startsWithAscii(xml, end, PLAIN_CLOSING)) {
      return { at, start, end, next: end + PLAIN_CLOSING.length };
    }
    // Not an item of the common shape: left to the text searches, which judge it.
    window = Math.floor(end / WINDOW) * WINDOW;
  }
  return undefined;
}

/**
 * plainItems on decoded text (a run of items of the common shape), put in `out` from place `n` on: the
 * count of items then in `out`, or -1 at an item of another shape.
 */
function putItemsOfText(out: string[], n: number, xml: string): number {
  for (let at = xml.indexOf("<si"); at >= 0; at = xml.indexOf("<si", at)) {
    if (!xml.startsWith("<si>", at)) return -1;
    const opening = xml.startsWith("<t>", at + 4) ? 3 : xml.startsWith(PRESERVE_OPENING, at + 4) ? PRESERVE_OPENING.length : 0;
    if (opening === 0) return -1;
    const start = at + 4 + opening;
    const end = xml.indexOf("<", start);
    if (end < 0 || !xml.startsWith(PLAIN_CLOSING, end)) return -1;
    out[n++] = itemText(ownText(xml, start, end));
    at = end + PLAIN_CLOSING.length;
  }
  return n;
}

/**
 * V8 cuts a text of this many characters or more out of a longer one as a slice that keeps the whole
 * of the longer one alive (a SlicedString); a shorter text is copied.
 */
const SLICED_FROM = 13;

/**
 * xml[start, end) as a string of its own, not a slice of the decoded part: a slice would keep the whole
 * part (some 100 KB for a ledger of 300 rows, markup and all) alive for as long as any one of its texts
 * is, and a consolidation keeps every ledger's texts until the summary is written — each part then
 * copied by the collector's scavenges with them, 14 MB for the ledgers the main thread reads of 200.
 * Joined from two slices, which Array.prototype.join copies into one flat string; the slices are put in
 * one array kept for every text (an array made for each cost as much as the text itself), emptied after.
 */
function ownText(xml: string, start: number, end: number): string {
  if (end - start < SLICED_FROM) return xml.slice(start, end);
  const middle = start + ((end - start) >> 1);
  HALVES[0] = xml.slice(start, middle);
  HALVES[1] = xml.slice(middle, end);
  const text = HALVES.join("");
  // Slices of the part left here would keep the whole part alive.
  HALVES[0] = HALVES[1] = "";
  return text;
}

/** ownText's two slices. */
const HALVES = ["", ""];

/**
 * An item's <t> character data as the string it holds. Most items hold no CR, "&" or "_" (the start
 * of every _xHHHH_ escape), which one look at their few characters tells, cheaper than three searches.
 */
function itemText(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 13 || c === 38 || c === 95) return decodeExcelEscapes(decodeEntities(normalizeLineEnds(raw)));
  }
  return raw;
}

/** Long items decoded before, found again by their bytes (a few templates at a time). */
const LONG_ITEMS = new PartMemo<string>(16);

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
