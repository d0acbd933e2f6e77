import { unzipSync } from "fflate";
import { deflateWorkerPacker, type DeflateWorkerPacker } from "../../../src/cli/_lib/deflate-worker-packer";
import { PartPacker, zipPackage, type PackedEntry } from "../../../src/workbook/xlsx/write/_lib/zip-package";
import { Utf8Sink } from "../../../src/workbook/xlsx/write/_lib/utf8-sink";

/** XML-like rows with changing numbers and Chinese text, `rows` of them. */
const rowsText = (rows: number, tag: string) => Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c><c t="s"><v>${tag}${i}</v></c></row>`).join("");

/** A part written as the workbook writes one: into a sink taking the packer's buffers, each full piece handed to the part. */
function writePart(packer: DeflateWorkerPacker, name: string, texts: readonly string[], seen: Set<ArrayBufferLike>): Promise<PackedEntry> {
  const part = new PartPacker(name, { ...packer, deflatePiece: (data, last) => (seen.add(data.buffer), packer.deflatePiece!(data, last)) });
  const sink = new Utf8Sink(part, packer.pieceBuffer);
  for (const text of texts) sink.write(text);
  return part.finish(sink.bytes());
}

describe("deflateWorkerPacker", () => {
  it("is not made where Node's zlib has no crc32 (Node 20 before 20.15): the worker takes each part's CRC with it, so the command packs on the thread pool instead", () => {
    expect(deflateWorkerPacker({ crc32: undefined })).toBeUndefined();
  });

  it("packs parts written into its eight shared buffers into entries any unzip reads whole, each with its own CRC-32", async () => {
    const packer = deflateWorkerPacker()!;
    const seen = new Set<ArrayBufferLike>();
    try {
      // Some 20 MB: more pieces than buffers, so each is written over again once the worker is done with it.
      const big = Array.from({ length: 200 }, (_, i) => rowsText(1000, `整改${i}-`));
      const small = ["<a>小</a>"];
      const entries = [await writePart(packer, "xl/worksheets/sheet1.xml", big, seen), await writePart(packer, "xl/styles.xml", small, seen), await writePart(packer, "xl/sharedStrings.xml", big.slice(0, 3), seen)];
      // fflate checks each entry's CRC-32 and size against its data.
      const files = unzipSync(zipPackage(entries));
      expect(Buffer.from(files["xl/worksheets/sheet1.xml"]).toString("utf8")).toBe(big.join(""));
      expect(Buffer.from(files["xl/styles.xml"]).toString("utf8")).toBe(small.join(""));
      expect(Buffer.from(files["xl/sharedStrings.xml"]).toString("utf8")).toBe(big.slice(0, 3).join(""));
      expect(entries[0].compressed.length).toBeGreaterThan(8);
      expect(seen.size).toBeLessThanOrEqual(8);
    } finally {
      await packer.close();
    }
  });

  describe("edge cases", () => {
    it("sends a piece longer than its buffers as a copy", async () => {
      const packer = deflateWorkerPacker()!;
      try {
        const long = "表".repeat(1_000_000);
        const entry = await writePart(packer, "a.xml", ["<t>", long, "</t>"], new Set());
        expect(Buffer.from(unzipSync(zipPackage([entry]))["a.xml"]).toString("utf8")).toBe(`<t>${long}</t>`);
      } finally {
        await packer.close();
      }
    });

    it("fails a piece handed over once its worker has stopped, rather than waiting for ever", async () => {
      const packer = deflateWorkerPacker()!;
      await packer.close();
      await expect(packer.deflatePiece!(new Uint8Array(10), true)).rejects.toThrow();
    });
  });
});
