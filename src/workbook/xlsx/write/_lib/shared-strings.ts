import { DistinctList } from "./distinct-list";
import type { Utf8Sink } from "./utf8-sink";
import { asciiBytes, putBytes, putXmlText, XML_TEXT_BYTES_PER_UNIT } from "./put-bytes";

/** Whether a UTF-16 unit is one that /\s/ matches (ECMAScript's white space and line terminators). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Text that Excel would trim unless told to keep its spaces (or line breaks at its ends): /^\s|\s$/ without a regular expression per text. */
function needsPreserve(text: string): boolean {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
}

/** Texts looked up in a lane before it is judged. */
const PROBE = 1024;
/** A lane whose texts were found already fewer than once in this many lookups stops looking. */
const RARE_REPEAT = 8;
const ITEM_START = asciiBytes("<si><t>");
const ITEM_START_PRESERVED = asciiBytes('<si><t xml:space="preserve">');
const ITEM_END = asciiBytes("</t></si>");
/** The bytes of an item's markup at most. */
const ITEM_MARKUP = ITEM_START_PRESERVED.length + ITEM_END.length;

/**
 * Where a run of texts comes from (one column of one sheet), judged on whether looking its texts up
 * pays: a column of 问题描述 or 审核 explanations is nearly all distinct texts, and looking up
 * hundreds of thousands of them in one map took half a second of a ledger summary's writing.
 */
export class StringLane {
  looked = 0;
  found = 0;
  /**
   * The text last looked up in this lane and its index: a column often gives one text row after row (a
   * unit's name down its 300 rows, a finding's file and severity), each found again in the map. The
   * same index the map gives (a text keeps the index of its first appearance), without hashing it.
   */
  lastText?: string;
  lastIndex = 0;
  /** Whether texts of this lane are stored without looking for an earlier copy. */
  get appends(): boolean {
    return this.looked >= PROBE && this.found * RARE_REPEAT < this.looked;
  }
}

/**
 * The workbook's shared strings: cells point at a text by index. A text repeated in its column (a unit's
 * name, a status) is stored once; a column whose texts are nearly all distinct stores each as it comes,
 * an occasional repeat stored twice: the table may list a text more than once (each <si> is an entry
 * of its own), and every reader gives a cell the text its index points at.
 */
export class SharedStrings {
  private readonly texts = new DistinctList();
  private references = 0;

  /** The index of a text, added the first time it is seen (or, in a lane that stopped looking, added again). */
  indexOf(text: string, lane?: StringLane): number {
    this.references++;
    if (!lane) return this.texts.of(text);
    if (lane.appends) return this.texts.append(text);
    lane.looked++;
    if (text === lane.lastText) {
      lane.found++;
      return lane.lastIndex;
    }
    const before = this.texts.length;
    const at = this.texts.of(text);
    if (this.texts.length === before) lane.found++;
    lane.lastText = text;
    lane.lastIndex = at;
    return at;
  }

  /**
   * sharedStrings.xml, each text escaped and encoded straight into the sink (see putXmlText): hundreds of
   * thousands of texts, once gathered into strings of markup, escaped by regular expressions and encoded.
   */
  writeTo(sink: Utf8Sink): void {
    sink.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">`,
    );
    for (const texts of this.texts.chunks)
      for (let i = 0; i < texts.length; i++) {
        const text = texts[i];
        const buffer = sink.reserve(ITEM_MARKUP + text.length * XML_TEXT_BYTES_PER_UNIT);
        let at = putBytes(buffer, sink.length, needsPreserve(text) ? ITEM_START_PRESERVED : ITEM_START);
        at = putXmlText(buffer, at, text);
        sink.length = putBytes(buffer, at, ITEM_END);
      }
    sink.ascii("</sst>");
  }
}
