import { deflateRawSync } from "zlib";
import { nativeInflater } from "../../../src/cli/_lib/native-inflater";

describe("nativeInflater", () => {
  const text = new TextEncoder().encode(`<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(2000));
  const compressed = deflateRawSync(text);

  it("inflates a part of its declared size, allocating no more than that size and one byte", () => {
    const data = nativeInflater(compressed, text.length);
    if (data === "overflow") throw new Error("overflow");
    expect(Buffer.from(data).equals(Buffer.from(text))).toBe(true);
    expect(data.buffer.byteLength).toBeLessThanOrEqual(text.length + 1);
  });

  it("says there is more than declared, rather than returning a cut part", () => {
    expect(nativeInflater(compressed, text.length - 1)).toBe("overflow");
    expect(nativeInflater(compressed, 100)).toBe("overflow");
  });

  it("allocates no more than the compressed bytes could give when the declared size is overstated", () => {
    const tiny = deflateRawSync(new TextEncoder().encode("<v>1</v>"));
    const data = nativeInflater(tiny, 150 * 1024 * 1024);
    if (data === "overflow") throw new Error("overflow");
    expect(new TextDecoder().decode(data)).toBe("<v>1</v>");
    expect(data.buffer.byteLength).toBeLessThan(tiny.length * 1032 + 1024 + 64);
  });

  it("throws on damaged data", () => {
    expect(() => nativeInflater(Uint8Array.of(0xff, 0xff, 0xff), 100)).toThrow();
  });
});
