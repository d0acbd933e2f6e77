import { putInt, putXmlText, XML_TEXT_BYTES_PER_UNIT } from "../../../../../src/workbook/xlsx/write/_lib/put-bytes";
import { xmlEscape } from "../../../../../src/workbook/xlsx/write/_lib/xml-escape";

const encoder = new TextEncoder();

function put(text: string): Uint8Array {
  const buffer = new Uint8Array(text.length * XML_TEXT_BYTES_PER_UNIT + 1);
  return buffer.subarray(0, putXmlText(buffer, 0, text));
}

describe("putXmlText", () => {
  it("writes the bytes TextEncoder gives for the escaped text, for every UTF-16 unit alone and between others", () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `表${c}x`]) expect([code, Buffer.from(put(text)).equals(Buffer.from(encoder.encode(xmlEscape(text))))]).toEqual([code, true]);
    }
  });

  it("writes markup as entities and what XML cannot hold as OOXML spells it, within its bound of bytes", () => {
    const text = '<a href="x">&\u0001\uFFFE';
    expect(Buffer.from(put(text)).toString("utf8")).toBe("&lt;a href=&quot;x&quot;&gt;&amp;_x0001__xFFFE_");
  });

  describe("edge cases", () => {
    it("writes a character beyond the BMP as four bytes, and a lone surrogate as U+FFFD, as TextEncoder does", () => {
      for (const text of ["𠀀", "a\uD840", "\uDC00b", "\uD840\uD840\uDC00", "\uDBFF\uDFFF"]) expect(Buffer.from(put(text)).equals(Buffer.from(encoder.encode(text)))).toBe(true);
    });
  });
});

describe("putInt", () => {
  it("writes whole numbers as String() spells them, either side of 2^31 and up to 2^53", () => {
    const numbers = [0, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 7, 1e15 - 1, 2 ** 53 - 1];
    for (const n of numbers) {
      const buffer = new Uint8Array(16);
      expect(Buffer.from(buffer.subarray(0, putInt(buffer, 0, n))).toString("latin1")).toBe(String(n));
    }
  });
});
