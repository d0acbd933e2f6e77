import { xmlEscape } from "./xml-escape";

/** Text that Excel would trim unless told to keep its spaces (or line breaks at its ends). */
const NEEDS_PRESERVE = /^\s|\s$/;

/** The workbook's shared strings: each distinct text stored once, cells pointing at it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of a text, added the first time it is seen. */
  indexOf(text: string): number {
    this.references++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.texts.length;
      this.texts.push(text);
      this.index.set(text, at);
    }
    return at;
  }

  toXml(): string {
    const items = this.texts.map((t) => `<si><t${NEEDS_PRESERVE.test(t) ? ' xml:space="preserve"' : ""}>${xmlEscape(t)}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">${items.join("")}</sst>`
    );
  }
}
