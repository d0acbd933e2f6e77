import { TAG_CLOSE, TAG_OPEN, TAG_SELF_CLOSING, XmlScanner } from "../../../../../src/workbook/xlsx/read/_lib/xml-scanner";

const bytes = (xml: string): Uint8Array => new TextEncoder().encode(xml);

function tags(xml: string): string[] {
  const scanner = new XmlScanner(bytes(xml));
  const out: string[] = [];
  while (scanner.next()) out.push(`${scanner.kind === TAG_OPEN ? "" : scanner.kind === TAG_CLOSE ? "/" : "!"}${scanner.name}`);
  return out;
}

describe("XmlScanner", () => {
  it("walks start, end and empty tags by local name", () => {
    expect(tags(`<?xml version="1.0"?><x:a xmlns:x="u"><x:b/><c></c></x:a>`)).toEqual(["a", "!b", "c", "/c", "/a"]);
  });

  it("reads attributes by local name, decoded, with '>' allowed inside values", () => {
    const scanner = new XmlScanner(bytes(`<sheet name="A&amp;B > C" r:id='rId1' xmlns:r="ns"/>`));
    scanner.next();
    expect(scanner.kind).toBe(TAG_SELF_CLOSING);
    expect([scanner.attr("name"), scanner.attr("id"), scanner.attr("r"), scanner.attr("missing")]).toEqual(["A&B > C", "rId1", undefined, undefined]);
  });

  it("reads text with CDATA, references and normalised line ends, skipping comments", () => {
    const scanner = new XmlScanner(bytes("<t>a\r\nb<!-- c --><![CDATA[<d>]]>&#13;&lt;</t>"));
    scanner.next();
    expect(scanner.text()).toBe("a\nb<d>\r<");
    scanner.next();
    expect(scanner.kind).toBe(TAG_CLOSE);
  });

  it("skips a whole element with its descendants", () => {
    const scanner = new XmlScanner(bytes("<a><b><c/><b>x</b></b><d/></a>"));
    scanner.next();
    scanner.next();
    scanner.skipElement();
    scanner.next();
    expect(scanner.name).toBe("d");
  });

  describe("edge cases", () => {
    it.each(["<a", "<a b=", '<a b="x', "<!-- x", "<![CDATA[ x", "<?pi", "<!DOCTYPE [ x", "</", "<a =x ==>", "<<<>>>", "<a b c='1'>"])("ends on malformed input %j without looping", (xml) => {
      const scanner = new XmlScanner(bytes(xml));
      let steps = 0;
      while (scanner.next() && steps < 100) steps++;
      expect(steps).toBeLessThan(100);
    });

    it("skips a DOCTYPE with an internal subset without reading it", () => {
      expect(tags(`<!DOCTYPE a [<!ENTITY e "<b/>">]><a>&e;</a>`)).toEqual(["a", "/a"]);
    });
  });
  it("skips a flat element by its end tag, prefixed or not, and always moves forward", () => {
    const scanner = new XmlScanner(bytes(`<x:a><x:dv p="<b/>"><x:f>1</x:f></x:dv ><x:dvx/></x:a><c/>`));
    scanner.next();
    scanner.next(); // <x:dv>
    scanner.skipFlatElement();
    expect(scanner.next() && scanner.name).toBe("dvx");

    const unterminated = new XmlScanner(bytes(`<a><b/><c/>`));
    unterminated.next();
    unterminated.skipFlatElement();
    expect(unterminated.next()).toBe(false);
  });

  it("ends the scan at a flat element's end tag cut off before its '>', rather than starting the part again", () => {
    const cut = new XmlScanner(bytes(`<worksheet><cols><col min="1"/></cols `));
    cut.next();
    cut.next(); // <cols>
    cut.skipFlatElement();
    expect(cut.next()).toBe(false);
  });
});
