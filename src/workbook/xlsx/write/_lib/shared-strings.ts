import { DistinctList } from "./distinct-list";
import type { Utf8Sink } from "./utf8-sink";
import { xmlEscape } from "./xml-escape";

/** Text that Excel would trim unless told to keep its spaces (or line breaks at its ends). */
const NEEDS_PRESERVE = /^\s|\s$/;

/** The workbook's shared strings: each distinct text stored once, cells pointing at it by index. */
export class SharedStrings {
  private readonly texts = new DistinctList();
  private references = 0;

  /** The index of a text, added the first time it is seen. */
  indexOf(text: string): number {
    this.references++;
    return this.texts.of(text);
  }

  /** sharedStrings.xml, written text by text into the sink. */
  writeTo(sink: Utf8Sink): void {
    sink.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.items.length}">`,
    );
    for (const t of this.texts.items) sink.write(`<si><t${NEEDS_PRESERVE.test(t) ? ' xml:space="preserve"' : ""}>${xmlEscape(t)}</t></si>`);
    sink.write("</sst>");
  }
}
