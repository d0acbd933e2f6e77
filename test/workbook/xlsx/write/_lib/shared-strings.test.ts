import { SharedStrings, StringLane } from "../../../../../src/workbook/xlsx/write/_lib/shared-strings";
import { Utf8Sink } from "../../../../../src/workbook/xlsx/write/_lib/utf8-sink";
import { parseSharedStrings } from "../../../../../src/workbook/xlsx/read/_lib/parse-shared-strings";

function tableOf(strings: SharedStrings): string[] {
  const sink = new Utf8Sink();
  strings.writeTo(sink);
  return parseSharedStrings(Buffer.from(sink.bytes()).toString("utf8"));
}

describe("SharedStrings", () => {
  it("stores a text repeated in its column once, every cell pointing at it", () => {
    const strings = new SharedStrings();
    const lane = new StringLane();
    const indices = Array.from({ length: 5000 }, (_, i) => strings.indexOf(`单位${i % 20}`, lane));
    const table = tableOf(strings);
    expect(table).toHaveLength(20);
    indices.forEach((at, i) => expect(table[at]).toBe(`单位${i % 20}`));
  });

  it("stops looking up the texts of a column that are nearly all distinct, each cell still pointing at its own text", () => {
    const strings = new SharedStrings();
    const lane = new StringLane();
    const texts = Array.from({ length: 20000 }, (_, i) => (i % 1000 === 999 ? "已完成" : `第 ${i} 行问题描述`));
    const indices = texts.map((text) => strings.indexOf(text, lane));
    expect(lane.appends).toBe(true);
    // Looked up only while the column was judged.
    expect(lane.looked).toBeLessThan(2000);
    const table = tableOf(strings);
    indices.forEach((at, i) => expect(table[at]).toBe(texts[i]));
    // The repeats after the judgement are stored again: the price of not looking.
    expect(table.filter((t) => t === "已完成").length).toBeGreaterThan(1);
  });

  it("writes its texts escaped and encoded straight into the sink's buffer, not through the encoder a batch at a time", () => {
    const strings = new SharedStrings();
    const texts = Array.from({ length: 50000 }, (_, i) => `第 ${i} 行「完成日期」<${i % 7}> & 整改`);
    texts.forEach((text) => strings.indexOf(text));
    const write = jest.spyOn(Utf8Sink.prototype, "write");
    const table = tableOf(strings);
    const encoded = write.mock.calls.length;
    write.mockRestore();
    expect(table).toEqual(texts);
    // The encoder only for the table's head.
    expect(encoded).toBe(1);
  });

  it("gives a text its column repeats row after row the index of its first appearance, without looking it up again", () => {
    const strings = new SharedStrings();
    const lane = new StringLane();
    const other = new StringLane();
    // 已完成 first stored from another column: both columns point at that one copy.
    expect(strings.indexOf("已完成", other)).toBe(0);
    const texts = ["单位1", "单位1", "已完成", "已完成", "单位1", "单位2", "单位2"];
    const indices = texts.map((text) => strings.indexOf(text, lane));
    expect(indices).toEqual([1, 1, 0, 0, 1, 2, 2]);
    const get = jest.spyOn(Map.prototype, "get");
    expect(strings.indexOf("单位2", lane)).toBe(2);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
    // The repeats count as found, as the map would have found them: the column is still judged the same.
    expect([lane.looked, lane.found]).toEqual([8, 6]);
    expect(tableOf(strings)).toEqual(["已完成", "单位1", "单位2"]);
  });

  describe("edge cases", () => {
    it("writes texts with spaces at their ends, markup characters and control characters so they read back the same", () => {
      const strings = new SharedStrings();
      const texts = [" 前导空格", "末尾换行\n", "<a & b>", 'x"y', "制表\t中间"];
      const indices = texts.map((t) => strings.indexOf(t));
      const table = tableOf(strings);
      indices.forEach((at, i) => expect(table[at]).toBe(texts[i]));
    });
  });
});

describe("SharedStrings' kept spaces", () => {
  it("marks a text to keep its spaces exactly where /^\\s|\\s$/ says it begins or ends in white space", () => {
    const strings = new SharedStrings();
    const distinct = new Set<string>();
    // Every UTF-16 unit at the start, at the end, and alone.
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      // Left out: what XML cannot hold (written as _x0001_), lone surrogates, and markup escaped as entities.
      const xmlControl = code < 32 && code !== 9 && code !== 10 && code !== 13;
      if (xmlControl || code >= 0xfffe || (code >= 0xd800 && code <= 0xdfff) || '&<>"'.includes(c)) continue;
      for (const t of [`${c}表`, `表${c}`, c]) distinct.add(t);
    }
    const samples = [...distinct];
    samples.forEach((t) => strings.indexOf(t));
    const sink = new Utf8Sink();
    strings.writeTo(sink);
    const xml = Buffer.from(sink.bytes()).toString("utf8");
    const items = xml.split("<si>").slice(1);
    expect(items).toHaveLength(samples.length);
    items.forEach((item, i) => expect([samples[i], item.startsWith('<t xml:space="preserve">')]).toEqual([samples[i], /^\s|\s$/.test(samples[i])]));
  });
});
