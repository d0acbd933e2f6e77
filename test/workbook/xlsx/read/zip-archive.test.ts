import { deflateSync, strToU8 } from "fflate";
import { inflateZipEntry, looksLikeZip, openZipArchive } from "../../../../src/workbook/xlsx/read";
import { zipOf } from "./_support/xlsx-factory";
import { zipWithRawEntry } from "./_support/zip-surgery";

const text = (data: Uint8Array): string => new TextDecoder().decode(data);

function open(bytes: Uint8Array) {
  const result = openZipArchive(bytes, { maxEntries: 100 });
  if (!result.ok) throw new Error(result.reason);
  return result.archive;
}

describe("openZipArchive and inflateZipEntry", () => {
  it("lists entries from the central directory and inflates one on request", () => {
    const bytes = zipOf({ "a.xml": "<a/>", "dir/b.xml": "<b>汉字</b>".repeat(100) });
    const archive = open(bytes);
    expect(archive.entries.map((e) => e.name)).toEqual(["a.xml", "dir/b.xml"]);
    const result = inflateZipEntry(bytes, archive.find("dir/b.xml")!, 1e6);
    expect(result.ok && text(result.data)).toBe("<b>汉字</b>".repeat(100));
  });

  it("finds part names regardless of case, as OPC requires", () => {
    const archive = open(zipOf({ "xl/SharedStrings.xml": "<sst/>" }));
    expect(archive.find("xl/sharedStrings.xml")?.name).toBe("xl/SharedStrings.xml");
  });

  it("reads sizes from a zip64 extra field", () => {
    const content = strToU8("<sheet/>".repeat(10));
    const bytes = zipWithRawEntry("x.xml", deflateSync(content), content.length, [], { zip64: true });
    const entry = open(bytes).find("x.xml")!;
    expect(entry.size).toBe(content.length);
    const result = inflateZipEntry(bytes, entry, 1e6);
    expect(result.ok && text(result.data)).toBe("<sheet/>".repeat(10));
  });

  it("refuses to inflate beyond the caller's limit before doing any work", () => {
    const bytes = zipOf({ "a.xml": "x".repeat(1000) });
    expect(inflateZipEntry(bytes, open(bytes).find("a.xml")!, 999)).toEqual({ ok: false, reason: "over-limit" });
  });

  describe("edge cases", () => {
    it("tells a cut-off zip from bytes that are no zip at all", () => {
      const bytes = zipOf({ "a.xml": "<a/>" });
      expect(openZipArchive(bytes.subarray(0, bytes.length - 10), { maxEntries: 10 })).toEqual({ ok: false, reason: "truncated" });
      expect(openZipArchive(strToU8("hello world, this is text"), { maxEntries: 10 })).toEqual({ ok: false, reason: "not-zip" });
      expect(looksLikeZip(bytes)).toBe(true);
    });

    it("refuses a directory with more entries than allowed", () => {
      expect(openZipArchive(zipOf({ a: "1", b: "2", c: "3" }), { maxEntries: 2 })).toEqual({ ok: false, reason: "too-many-entries" });
    });

    it("refuses encrypted entries", () => {
      const bytes = zipWithRawEntry("a.xml", deflateSync(strToU8("<a/>")), 4, [], { flags: 1 });
      expect(inflateZipEntry(bytes, open(bytes).find("a.xml")!, 100)).toEqual({ ok: false, reason: "encrypted" });
    });
  });
});
