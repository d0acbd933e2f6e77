import { unzipChecked } from "../../_support/unzip-checked";
import { deflateWorkerPacker, type DeflateWorkerPacker } from "../../../src/cli/_lib/deflate-worker-packer";
import { Utf8Sink } from "../../../src/workbook/xlsx/write/_lib/utf8-sink";
import { zipPackage, type PackedEntry } from "../../../src/workbook/xlsx/write/_lib/zip-package";

/** XML-like rows with changing numbers and Chinese text, `rows` of them. */
const rowsText = (rows: number, tag: string) => Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c><c t="s"><v>${tag}${i}</v></c></row>`).join("");

/** A part written as the workbook writes one: into a sink writing into the part's buffers, each full piece handed back; the buffers of the pieces in `seen`. */
function writePart(packer: DeflateWorkerPacker, name: string, texts: readonly string[], seen: Set<ArrayBufferLike>): Promise<PackedEntry> {
  const part = packer.openPart();
  const sink = new Utf8Sink({ buffer: (room) => part.buffer(room), push: (piece) => (seen.add(piece.buffer), part.push(piece)) });
  for (const text of texts) sink.write(text);
  seen.add(sink.bytes().buffer);
  return part.finish(sink.bytes()).then((packed) => ({ name, ...packed }));
}

describe("deflateWorkerPacker", () => {
  it("is not made where Node's zlib has no crc32 (Node 20 before 20.15): the worker takes each part's CRC with it, so the command packs on the thread pool instead", () => {
    expect(deflateWorkerPacker({ zlib: { crc32: undefined } })).toBeUndefined();
  });

  it("packs parts written into its eight shared buffers into entries any unzip reads whole, each with its own CRC-32", async () => {
    const packer = deflateWorkerPacker()!;
    const seen = new Set<ArrayBufferLike>();
    try {
      // Some 20 MB: more pieces than buffers, so each is written over again once the worker is done with it.
      const big = Array.from({ length: 200 }, (_, i) => rowsText(1000, `整改${i}-`));
      const small = ["<a>小</a>"];
      const entries = [await writePart(packer, "xl/worksheets/sheet1.xml", big, seen), await writePart(packer, "xl/styles.xml", small, seen), await writePart(packer, "xl/sharedStrings.xml", big.slice(0, 3), seen)];
      // The CRC-32 and size of each entry checked against its data.
      const files = unzipChecked(zipPackage(entries));
      expect(Buffer.from(files["xl/worksheets/sheet1.xml"]).toString("utf8")).toBe(big.join(""));
      expect(Buffer.from(files["xl/styles.xml"]).toString("utf8")).toBe(small.join(""));
      expect(Buffer.from(files["xl/sharedStrings.xml"]).toString("utf8")).toBe(big.slice(0, 3).join(""));
      expect(entries[0].compressed.length).toBeGreaterThan(8);
      expect(seen.size).toBeLessThanOrEqual(8);
    } finally {
      await packer.close();
    }
  });

  it("takes each part's CRC-32 on its own, even for parts written at the same time", async () => {
    const packer = deflateWorkerPacker()!;
    try {
      const [a, b] = [packer.openPart(), packer.openPart()];
      const texts = [rowsText(60000, "甲"), rowsText(60000, "乙")];
      const sinks = [new Utf8Sink(a), new Utf8Sink(b)];
      // Their pieces handed over in turns.
      for (let i = 0; i < texts[0].length; i += 100_000) sinks.forEach((sink, s) => sink.write(texts[s].slice(i, i + 100_000)));
      const entries = [{ name: "a.xml", ...(await a.finish(sinks[0].bytes())) }, { name: "b.xml", ...(await b.finish(sinks[1].bytes())) }];
      const files = unzipChecked(zipPackage(entries));
      expect([Buffer.from(files["a.xml"]).toString("utf8"), Buffer.from(files["b.xml"]).toString("utf8")]).toEqual(texts);
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
        expect(Buffer.from(unzipChecked(zipPackage([entry]))["a.xml"]).toString("utf8")).toBe(`<t>${long}</t>`);
      } finally {
        await packer.close();
      }
    });

    it("fails a part written once its worker has stopped, rather than waiting for ever", async () => {
      const packer = deflateWorkerPacker()!;
      await packer.close();
      const part = packer.openPart();
      expect(() => part.buffer(0)).toThrow();
      await expect(part.finish(new Uint8Array(10))).rejects.toThrow();
    });

    it("fails the writer blocked waiting for a buffer as soon as its worker crashes, not after the wait's 30 seconds", async () => {
      // A worker that crashes once it has deflated the first piece: the writer fills the other buffers, then waits.
      const packer = deflateWorkerPacker({ extraWorkerCode: `parentPort.once("message", () => { throw new Error("崩溃"); });` })!;
      try {
        const texts = Array.from({ length: 200 }, (_, i) => rowsText(1000, `整改${i}-`));
        expect(() => writePart(packer, "a.xml", texts, new Set())).toThrow("deflate worker stopped");
      } finally {
        await packer.close();
      }
    });
  });
});
