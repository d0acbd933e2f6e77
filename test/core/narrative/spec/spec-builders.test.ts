import { formatChange, formatCount } from "../../../../src/core/narrative/format";
import { entityPhrase, sentence, textPhrase } from "../../../../src/core/narrative/spec";

describe("entityPhrase", () => {
  it("copies a formatter's text, raw value and qualifier as they are", () => {
    const count = formatCount(203_000, { approximate: true, decimals: 0, unit: "张" });
    expect(entityPhrase("number", count, { unit: "张", indicatorKey: "leaflets" })).toEqual({
      type: "entity",
      kind: "number",
      text: "20万余张",
      value: 203_000,
      qualifier: "余",
      unit: "张",
      indicatorKey: "leaflets",
    });
  });

  it("takes the trend of a change", () => {
    const change = formatChange(90, 100)!;
    expect(entityPhrase("change", change, { unit: "%" })).toEqual({
      type: "entity",
      kind: "change",
      text: "比上年同期下降10%",
      value: -10,
      trend: "down",
      unit: "%",
    });
  });

  it("makes a name from a plain string, with its source", () => {
    const source = { file: "城关镇.xlsx", sheet: "汇总表", cell: "D5", reportingUnit: "城关镇" };
    expect(entityPhrase("unit-name", "城关镇", { source })).toEqual({ type: "entity", kind: "unit-name", text: "城关镇", source });
  });

  it("lets the details set the trend of a plain figure", () => {
    expect(entityPhrase("number", { text: "300人", value: 300 }, { trend: "up" }).trend).toBe("up");
  });
});

describe("sentence", () => {
  it("turns strings into text phrases and keeps entities in order", () => {
    const count = entityPhrase("number", { text: "300张", value: 300 });
    expect(sentence("共发放宣传单", count)).toEqual({ phrases: [textPhrase("共发放宣传单"), count] });
  });

  describe("edge cases", () => {
    it("drops empty strings", () => {
      expect(sentence("", "a", "")).toEqual({ phrases: [{ type: "text", text: "a" }] });
    });

    it("makes an empty sentence from nothing", () => {
      expect(sentence()).toEqual({ phrases: [] });
    });
  });
});
