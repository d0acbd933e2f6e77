import { generateNarrative, renderPlainText, type NarrativeInput } from "../../../src/core/narrative";
import { findBuiltinTemplate } from "../../../src/core/template";

/** The 综述 over a table of several columns: a value named by row and column, and 同比 from the form's own 上年同期. */

const propaganda = findBuiltinTemplate("propaganda")!;
const resumption = findBuiltinTemplate("resumption")!;

function write(input: NarrativeInput, lines: string[]): string {
  const result = generateNarrative(input, lines);
  expect(result.errors).toEqual([]);
  return renderPlainText(result.spec);
}

describe("values of a table of several columns in the 综述", () => {
  const totals = { "newsArticles.current": { value: 120 }, "newsArticles.lastYear": { value: 100 }, "infoSubmitted.current": { value: 50 }, "infoAdopted.current": { value: 40 }, "infoSubmitted.lastYear": { value: 50 }, "infoAdopted.lastYear": { value: 30 } };

  it("names a value by row and column, and a row alone by its main column", () => {
    expect(write({ template: propaganda, totals }, ["刊发新闻稿件{newsArticles}，上年同期{newsArticles.lastYear}"])).toBe("刊发新闻稿件120篇，上年同期100篇。");
  });

  it("states 同比 from the form's own 上年同期 column when no previous summary is given, a rate's in 个百分点", () => {
    expect(write({ template: propaganda, period: "2023年上半年", totals }, ["新闻稿件数量{newsArticles|change}", "采用率{infoAdoptionRate|change}"])).toBe("新闻稿件数量同比增长20%。采用率同比提高20个百分点。");
  });

  it("compares with the previous summary when one is given, by the periods' relation", () => {
    const input = { template: propaganda, period: "2023年上半年", previousPeriod: "2022年下半年", previous: { "newsArticles.current": 100 }, totals };
    expect(write(input, ["新闻稿件数量{newsArticles|change}"])).toBe("新闻稿件数量环比增长20%。");
  });

  it("names a grid's values by their measure: 应返岗…已返岗…人员复工率", () => {
    const grid = { template: resumption, totals: { "industry.staff": { value: 52000 }, "industry.staffReturned": { value: 48000 } } };
    expect(write(grid, ["{industry.staffRate|progress(达到)}"])).toBe("应返岗52000人，已返岗48000人，人员复工率达到92.3%。");
  });
});
