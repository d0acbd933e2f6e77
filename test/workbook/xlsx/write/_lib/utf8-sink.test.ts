import type { OpenPart } from "../../../../../src/workbook/xlsx/write/_lib/packer";
import { Utf8Sink } from "../../../../../src/workbook/xlsx/write/_lib/utf8-sink";

/** A part that gives a new megabyte for each piece and keeps the pieces handed back in `pieces`. */
const collecting = (pieces: Uint8Array[]): Pick<OpenPart, "buffer" | "push"> => ({ buffer: (room) => new Uint8Array(Math.max(1 << 20, room)), push: (piece) => pieces.push(piece) });

describe("Utf8Sink", () => {
  it("holds the UTF-8 of everything written, across many growths of its buffer", () => {
    const sink = new Utf8Sink();
    const parts: string[] = [];
    for (let i = 0; i < 20000; i++) parts.push(`<row r="${i}">整改措施${i}：已完成 ✓ 𠀀</row>`);
    for (const part of parts) sink.write(part);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
  });

  it("writes ASCII text and whole numbers byte by byte, as String() spells them", () => {
    const sink = new Utf8Sink();
    const numbers = [0, 7, 10, 99, 100, 65536, 1048576, 999999999999999];
    for (const n of numbers) {
      sink.ascii('<c r="A');
      sink.int(n);
      sink.ascii('"/>');
    }
    expect(Buffer.from(sink.bytes()).toString("latin1")).toBe(numbers.map((n) => `<c r="A${String(n)}"/>`).join(""));
  });

  it("hands each full piece to its consumer while writing, the pieces and the rest making the whole text", () => {
    const pieces: Uint8Array[] = [];
    const sink = new Utf8Sink(collecting(pieces));
    const parts: string[] = [];
    for (let i = 0; i < 60000; i++) parts.push(`<row r="${i}"><c r="A${i}" t="s"><v>${i}</v></c>问题描述${i}</row>`);
    parts.forEach((part, i) => {
      if (i % 2) sink.write(part);
      else sink.ascii(part.replace(/[^ -~]/g, "?"));
    });
    // Handed on before the end: the part is compressed while it is still being written.
    expect(pieces.length).toBeGreaterThan(2);
    const whole = Buffer.concat([...pieces, sink.bytes()]);
    expect(whole.toString("utf8")).toBe(parts.map((part, i) => (i % 2 ? part : part.replace(/[^ -~]/g, "?"))).join(""));
  });

  it("writes each piece into the buffer its part gives, so a part can give one already deflated again rather than a new megabyte; and writes bytes made beforehand", () => {
    const free: Uint8Array[] = [];
    const copies: Buffer[] = [];
    const used = new Set<ArrayBufferLike>();
    // The part copies each piece (as deflating it would take its bytes), then gives its buffer out again.
    const sink = new Utf8Sink({
      buffer: (room) => free.pop() ?? new Uint8Array(Math.max(1 << 20, room)),
      push: (piece) => {
        copies.push(Buffer.from(piece));
        used.add(piece.buffer);
        free.push(new Uint8Array(piece.buffer));
      },
    });
    const cell = new TextEncoder().encode('<c r="B');
    let expected = "";
    for (let i = 0; i < 300000; i++) {
      sink.raw(cell);
      sink.int(i);
      sink.ascii('"/>');
      expected += `<c r="B${i}"/>`;
    }
    expect(copies.length).toBeGreaterThan(3);
    expect(used.size).toBe(1);
    expect(Buffer.concat([...copies, sink.bytes()]).toString("latin1")).toBe(expected);
  });

  describe("edge cases", () => {
    it("holds nothing before anything is written, and an empty text adds nothing", () => {
      const sink = new Utf8Sink();
      expect(sink.bytes().length).toBe(0);
      sink.write("");
      sink.ascii("");
      sink.write("汇");
      expect([...sink.bytes()]).toEqual([0xe6, 0xb1, 0x87]);
    });

    it("takes one text longer than twice its buffer at once, with or without a consumer", () => {
      const long = "表".repeat(800000);
      const sink = new Utf8Sink();
      sink.write(long);
      expect(Buffer.from(sink.bytes()).toString("utf8")).toBe(long);
      const pieces: Uint8Array[] = [];
      const streaming = new Utf8Sink(collecting(pieces));
      streaming.ascii("<t>");
      streaming.write(long);
      expect(Buffer.concat([...pieces, streaming.bytes()]).toString("utf8")).toBe("<t>" + long);
    });
  });
});
