import fc from "fast-check";
import { decodeEntities } from "../../../../../src/workbook/xlsx/read/_lib/xml-text";

/** Spaces hold no ";", so no reference can run from the text into the padding. */
const LONG_PAD = " ".repeat(300);

describe("decodeEntities", () => {
  it("decodes the predefined entities and character references, and keeps anything else as written", () => {
    expect(decodeEntities("a &lt;b&gt; &amp;&amp; &quot;c&quot; &apos;d&apos;")).toBe(`a <b> && "c" 'd'`);
    expect(decodeEntities("&#20013;&#x6587; &#128512; &#X41;")).toBe("中文 😀 A");
    expect(decodeEntities("&bogus; & alone &#xD800; &#0; &#; &quot")).toBe("&bogus; & alone &#xD800; &#0; &#; &quot");
    expect(decodeEntities("&amp;quot; &&quot;")).toBe(`&quot; &"`);
  });

  it("decodes a long text with many references (a template's JSON) the same way", () => {
    const json = JSON.stringify({ id: "supplies", title: "防疫物资 <表> & 统计", items: Array.from({ length: 50 }, (_, i) => `指标${i}`) });
    const escaped = json.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(escaped.length).toBeGreaterThan(256);
    expect(decodeEntities(escaped)).toBe(json);
    expect(decodeEntities(`\uFEFF${escaped}`)).toBe(`\uFEFF${json}`);
  });

  it("gives the same text for short and long inputs", () => {
    const piece = fc.constantFrom("&quot;", "&amp;", "&lt;", "&gt;", "&apos;", "&#x41;", "&#128512;", "&bogus;", "&", ";", "#", "abc", "中文", "&quo", "t;", "&#", "x", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        fc.pre(text.length < 256);
        expect(decodeEntities(text + LONG_PAD)).toBe(decodeEntities(text) + LONG_PAD);
      }),
      { numRuns: 2000 },
    );
  });

  it("decodes a text repeated in file after file the same each time, and as its pieces decode", () => {
    const piece = `{&quot;key&quot;:&quot;指标&amp;&lt;1&gt;&quot;,&quot;n&quot;:&#49;}`;
    const text = piece.repeat(60);
    expect(text.length).toBeGreaterThan(2048);
    const once = decodeEntities(piece).repeat(60);
    expect(decodeEntities(text)).toBe(once);
    expect(decodeEntities(`${text}`)).toBe(once);
  });
});
