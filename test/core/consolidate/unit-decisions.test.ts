import { consolidate, unitDecisionKey, type UnitInput } from "../../../src/core/consolidate";
import { addInForm, inputOf, rosterOf } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();
const roster = rosterOf("城关镇", "县卫健局");

function unitFile(fileName: string, unit: string, total: string, order: number): UnitInput {
  const { sheet, binding } = addInForm(template, { unit, period: "2020年2月" }, { total });
  return inputOf(fileName, order, sheet, [binding]);
}

/** 城关镇.xlsx (12) and 县卫健局.xlsx whose form still says 城关镇 (7). */
const inputs = [unitFile("城关镇.xlsx", "城关镇", "12", 0), unitFile("县卫健局.xlsx", "城关镇", "7", 1)];
const key = unitDecisionKey("县卫健局.xlsx", template.title);
const totalOf = (result: ReturnType<typeof consolidate>) => result.totals.find((t) => t.key === "total")?.value;

describe("the clerk's decision on a 填报单位 that contradicts the file name", () => {
  it("keeps the sheet apart without a decision", () => {
    const result = consolidate(inputs, { template, roster });
    expect(result.inputs.find((i) => i.file === "县卫健局.xlsx")!).toMatchObject({ status: "rejected", reason: { code: "consolidate.input.unit-conflict" } });
    expect(result.units.map((u) => u.name)).toEqual(["城关镇"]);
  });

  it("counts it for the unit the file name names, saying the clerk decided", () => {
    const result = consolidate(inputs, { template, roster, unitDecisions: { [key]: "file" } });
    expect(result.units.map((u) => u.name).sort()).toEqual(["县卫健局", "城关镇"].sort());
    expect(totalOf(result)).toBe(19);
    expect(result.inputs.find((i) => i.file === "县卫健局.xlsx")!).toMatchObject({ status: "accepted", unit: "县卫健局", unitHow: "clerk-decided", unitSource: "file-name" });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: "consolidate.finding.unit-decided", file: "县卫健局.xlsx", params: expect.objectContaining({ unit: "县卫健局", by: "file" }) }),
    );
  });

  it("counts it for the unit the sheet names: then two files of 城关镇, one kept by the usual rule", () => {
    const result = consolidate(inputs, { template, roster, unitDecisions: { [key]: "header" } });
    expect(result.units.map((u) => u.name)).toEqual(["城关镇"]);
    expect(result.inputs.find((i) => i.file === "县卫健局.xlsx")).toMatchObject({ unit: "城关镇", unitHow: "clerk-decided" });
    expect(result.duplicates).toHaveLength(1);
  });

  describe("edge cases", () => {
    it("a decision for another sheet of the file decides nothing", () => {
      const result = consolidate(inputs, { template, roster, unitDecisions: { [unitDecisionKey("县卫健局.xlsx", "Sheet2")]: "file" } });
      expect(result.inputs.find((i) => i.file === "县卫健局.xlsx")!.status).toBe("rejected");
    });
  });
});
