import { unzipChecked } from "../../../../_support/unzip-checked";
import { nativePacker } from "../../../../../src/cli/_lib/native-packer";
import { fflatePacker } from "../../../../../src/workbook/xlsx/write/_lib/fflate-packer";
import type { Packer } from "../../../../../src/workbook/xlsx/write/_lib/packer";
import { zipPackage } from "../../../../../src/workbook/xlsx/write/_lib/zip-package";
import { writtenInto } from "../../../../_support/written-into";

/** Bytes that compress but not to nothing: XML-like rows with changing numbers and Chinese text. */
function sampleBytes(rows: number): Uint8Array {
  const text = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c><c t="s"><v>整改${i}</v></c></row>`).join("");
  return new Uint8Array(Buffer.from(text, "utf8"));
}

async function packInPieces(packer: Packer, data: Uint8Array, pieceBytes: number): Promise<Uint8Array> {
  const part = packer.openPart();
  let at = 0;
  for (; at + pieceBytes < data.length; at += pieceBytes) part.push(writtenInto(part, data.subarray(at, at + pieceBytes)));
  return zipPackage([{ name: "xl/worksheets/sheet1.xml", ...(await part.finish(writtenInto(part, data.subarray(at)))) }]);
}

describe("a part packed into the zip", () => {
  it("packs a part deflated piece by piece on the thread pool into one entry any unzip reads whole, with the CRC of the whole", async () => {
    const data = sampleBytes(40000);
    const zip = await packInPieces(nativePacker(), data, 1 << 18);
    // The CRC-32 and size of each entry checked against its data.
    const out = unzipChecked(zip)["xl/worksheets/sheet1.xml"];
    expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
  });

  it("packs the part whole where the packer has no deflate of pieces (the browser page), with the zip's own CRC-32", async () => {
    const data = sampleBytes(5000);
    const zip = await packInPieces(fflatePacker, data, 1 << 12);
    expect(Buffer.from(unzipChecked(zip)["xl/worksheets/sheet1.xml"]).equals(Buffer.from(data))).toBe(true);
  });

  it("gives the thread pool's parts the buffers of pieces already deflated again, a small part's at once, rather than a new megabyte each", async () => {
    const packer = nativePacker();
    const small = packer.openPart();
    const piece = writtenInto(small, sampleBytes(10));
    await small.finish(piece);
    expect(packer.openPart().buffer(0).buffer).toBe(piece.buffer);
    // A part of several pieces: once deflated, their buffers are given out again.
    const big = packer.openPart();
    const pieces = [sampleBytes(8000), sampleBytes(8000)].map((bytes) => writtenInto(big, bytes));
    big.push(pieces[0]);
    await big.finish(pieces[1]);
    const after = packer.openPart();
    const given = [after.buffer(0).buffer, after.buffer(0).buffer];
    for (const { buffer } of pieces) expect(given).toContain(buffer);
  });

  describe("edge cases", () => {
    it("packs an empty part, and a part whose last piece is empty", async () => {
      expect(unzipChecked(await packInPieces(nativePacker(), new Uint8Array(0), 1024))["xl/worksheets/sheet1.xml"].length).toBe(0);
      const data = sampleBytes(100);
      for (const packer of [nativePacker(), fflatePacker]) {
        const part = packer.openPart();
        part.push(writtenInto(part, data));
        const zip = zipPackage([{ name: "a.xml", ...(await part.finish(writtenInto(part, new Uint8Array(0)))) }]);
        expect(Buffer.from(unzipChecked(zip)["a.xml"]).equals(Buffer.from(data))).toBe(true);
      }
    });
  });
});
