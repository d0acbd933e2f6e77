import { findBuiltinTemplate } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { validateReport, type ReportReading } from "../../../src/core/validate";
import { readingOf } from "../../_support/reading-factory";

/** Audit rules across the columns of a table: 累计 ≥ 本期, a typed 同比 recomputed, 上年同期 beyond its threshold, comparisons per row of a grid. */

const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;
const propaganda = findBuiltinTemplate("propaganda") as IndicatorTemplate;
const resumption = findBuiltinTemplate("resumption") as IndicatorTemplate;

function findings(reading: ReportReading) {
  return validateReport(reading).map((f) => [f.code, f.severity, f.location.cell, f.indicator]);
}

describe("across the columns of a row", () => {
  it("refuses a 累计 below its row's 本期新增, as an error at the 累计", () => {
    const reading = readingOf(supplies, { values: { "masks.current": "12", "masks.cumulative": "10" } });
    const at = reading.indicators.get("masks.cumulative")!.cell.address;
    expect(findings(reading)).toContainEqual(["validate.cumulative-below-current", "error", at, "医用口罩·累计"]);
    expect(findings(readingOf(supplies, { values: { "masks.current": "2", "masks.cumulative": "10" } })).map(([code]) => code)).not.toContain("validate.cumulative-below-current");
  });

  it("recomputes a typed 同比 from its row's 本期 and 上年同期", () => {
    const sheet = readingOf(propaganda, { values: { "newsArticles.current": "120", "newsArticles.lastYear": "100" } });
    // The form computes 同比 itself; a unit's own form may have typed it: 25 where 20 is right.
    const typed = { ...sheet, indicators: new Map(sheet.indicators) };
    const yoy = typed.indicators.get("newsArticles.yoy")!;
    typed.indicators.set("newsArticles.yoy", { ...yoy, status: "number", number: 25 });
    expect(findings(typed)).toContainEqual(["validate.change-mismatch", "error", yoy.cell.address, "新闻稿件·同比增减"]);
  });

  it("takes a 同比 that falls or more than doubles as it comes: a change has no 0–100 bounds, and the form's decimals do not apply to what its formula computed", () => {
    const set = (values: Record<string, string>, yoyValue: number, formula: boolean) => {
      const sheet = readingOf(propaganda, { values });
      const typed = { ...sheet, indicators: new Map(sheet.indicators) };
      const yoy = typed.indicators.get("newsArticles.yoy")!;
      typed.indicators.set("newsArticles.yoy", { ...yoy, cell: { ...yoy.cell, ...(formula ? { formula: true as const } : {}) }, status: "number", number: yoyValue });
      return findings(typed).filter(([, , , indicator]) => indicator === "新闻稿件·同比增减").map(([code]) => code);
    };
    expect(set({ "newsArticles.current": "80", "newsArticles.lastYear": "100" }, -20, true)).toEqual([]);
    expect(set({ "newsArticles.current": "350", "newsArticles.lastYear": "100" }, 250, true)).toEqual([]);
    expect(set({ "newsArticles.current": "70", "newsArticles.lastYear": "30" }, 133.333333333333, true)).toEqual([]);
    // Typed by the clerk, the same figure keeps the form's decimals.
    expect(set({ "newsArticles.current": "70", "newsArticles.lastYear": "30" }, 133.333333333333, false)).toEqual(["validate.too-many-decimals"]);
  });

  it("asks \"0.4 or 40%?\" of a 同比 below 1 only where its row's figures do not settle it", () => {
    const yoyCodes = (values: Record<string, string>, yoyValue: number) => {
      const sheet = readingOf(propaganda, { values });
      const typed = { ...sheet, indicators: new Map(sheet.indicators) };
      const yoy = typed.indicators.get("newsArticles.yoy")!;
      // Read from a number cell below 1 in a percent field, as parseValue reads it.
      const step = { code: "parse.step.percent-fraction" as const, params: { raw: String(yoyValue), value: yoyValue, percent: yoyValue * 100 } };
      typed.indicators.set("newsArticles.yoy", { ...yoy, cell: { ...yoy.cell, value: yoyValue, text: String(yoyValue) }, status: "number", number: yoyValue, steps: [step] });
      return findings(typed).filter(([, , , indicator]) => indicator === "新闻稿件·同比增减").map(([code]) => code);
    };
    // 3197 against 3184 is +0.41%: the 0.4 is right as it stands.
    expect(yoyCodes({ "newsArticles.current": "3197", "newsArticles.lastYear": "3184" }, 0.4)).toEqual([]);
    // 141 against 100 is +41%: 0.4 may be the fraction; asked, and refused as 0.4%.
    expect(yoyCodes({ "newsArticles.current": "141", "newsArticles.lastYear": "100" }, 0.4)).toEqual(["validate.change-mismatch", "validate.parsed-as"]);
    // No 上年同期 to settle it: asked.
    expect(yoyCodes({ "newsArticles.current": "141" }, 0.4)).toEqual(["validate.parsed-as"]);
  });

  it("asks for a 说明 when 本期 moved beyond the threshold against 上年同期, and not once the 备注 gives one", () => {
    const far = readingOf(propaganda, { values: { "newsArticles.current": "300", "newsArticles.lastYear": "100" } });
    expect(findings(far)).toContainEqual(["validate.year-on-year-needs-note", "verify", far.indicators.get("newsArticles.current")!.cell.address, "新闻稿件·本期"]);
    const explained = readingOf(propaganda, { values: { "newsArticles.current": "300", "newsArticles.lastYear": "100" }, notes: { newsArticles: "今年新增两家融媒体" } });
    expect(findings(explained).map(([code]) => code)).not.toContain("validate.year-on-year-needs-note");
  });
});

describe("in a grid", () => {
  it("holds 已复工 ≤ 企业总数 in every class's row", () => {
    const reading = readingOf(resumption, { values: { "trade.total": "20", "trade.resumed": "25", "industry.total": "40", "industry.resumed": "30" } });
    const codes = findings(reading).filter(([code]) => code === "validate.comparison");
    expect(codes).toEqual([["validate.comparison", "error", reading.indicators.get("trade.resumed")!.cell.address, "限上商贸·已复工"]]);
  });

  it("checks a typed 合计 against its rows", () => {
    const reading = readingOf(resumption, { values: { "industry.total": "40", "trade.total": "20" } });
    const typed = { ...reading, indicators: new Map(reading.indicators) };
    const total = typed.indicators.get("all.total")!;
    typed.indicators.set("all.total", { ...total, status: "number", number: 70 });
    expect(findings(typed)).toContainEqual(["validate.complete-mismatch", "error", total.cell.address, "合计·企业总数"]);
  });
});
