import { Utf8Sink } from "../../../../../src/workbook/xlsx/write/_lib/utf8-sink";

describe("Utf8Sink", () => {
  it("holds the UTF-8 of everything written, across many growths of its buffer", () => {
    const sink = new Utf8Sink();
    const parts: string[] = [];
    for (let i = 0; i < 20000; i++) parts.push(`<row r="${i}">整改措施${i}：已完成 ✓ 𠀀</row>`);
    for (const part of parts) sink.write(part);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
  });

  describe("edge cases", () => {
    it("holds nothing before anything is written, and an empty text adds nothing", () => {
      const sink = new Utf8Sink();
      expect(sink.bytes().length).toBe(0);
      sink.write("");
      sink.write("汇");
      expect([...sink.bytes()]).toEqual([0xe6, 0xb1, 0x87]);
    });

    it("takes one text longer than twice its buffer at once", () => {
      const sink = new Utf8Sink();
      const long = "表".repeat(200000);
      sink.write(long);
      expect(Buffer.from(sink.bytes()).toString("utf8")).toBe(long);
    });
  });
});
