import { unzipSync } from "fflate";
import { deflateRawSync } from "node:zlib";
import { nativePacker } from "../../../../../src/cli/_lib/native-packer";
import { PartPacker, zipPackage, type Packer } from "../../../../../src/workbook/xlsx/write/_lib/zip-package";

/** Bytes that compress but not to nothing: XML-like rows with changing numbers and Chinese text. */
function sampleBytes(rows: number): Uint8Array {
  const text = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c><c t="s"><v>整改${i}</v></c></row>`).join("");
  return new Uint8Array(Buffer.from(text, "utf8"));
}

async function packInPieces(packer: Packer, data: Uint8Array, pieceBytes: number): Promise<Uint8Array> {
  const part = new PartPacker("xl/worksheets/sheet1.xml", packer);
  let at = 0;
  if (part.streams) for (; at + pieceBytes < data.length; at += pieceBytes) part.push(data.subarray(at, at + pieceBytes));
  return zipPackage([await part.finish(data.subarray(at))]);
}

describe("PartPacker", () => {
  it("packs a part deflated piece by piece on the thread pool into one entry any unzip reads whole, with the CRC of the whole", async () => {
    const data = sampleBytes(40000);
    const zip = await packInPieces(nativePacker, data, 1 << 18);
    // fflate checks each entry's CRC-32 and size against its data.
    const out = unzipSync(zip)["xl/worksheets/sheet1.xml"];
    expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
  });

  it("packs the part whole where the packer has no deflate of pieces (the browser page), with the zip's own CRC-32", async () => {
    const data = sampleBytes(5000);
    const zip = await packInPieces({ deflate: (bytes) => deflateRawSync(bytes, { level: 1 }) }, data, 1 << 12);
    expect(Buffer.from(unzipSync(zip)["xl/worksheets/sheet1.xml"]).equals(Buffer.from(data))).toBe(true);
  });

  describe("edge cases", () => {
    it("packs an empty part, and a part whose last piece is empty", async () => {
      expect(unzipSync(await packInPieces(nativePacker, new Uint8Array(0), 1024))["xl/worksheets/sheet1.xml"].length).toBe(0);
      const data = sampleBytes(100);
      const part = new PartPacker("a.xml", nativePacker);
      part.push(data);
      const zip = zipPackage([await part.finish(new Uint8Array(0))]);
      expect(Buffer.from(unzipSync(zip)["a.xml"]).equals(Buffer.from(data))).toBe(true);
    });
  });
});
