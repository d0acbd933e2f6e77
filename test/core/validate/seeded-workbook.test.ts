import { planSheet } from "../../../src/core/layout";
import { cellAddress } from "../../../src/core/sheet";
import { findingMessage, validateWorkbook } from "../../../src/core/validate";
import { auditTemplate, auditWrites, cleanAuditForm, seededAuditSheet } from "../../_support/audit-sample";
import { sheetFromPlan } from "../../_support/sheet-factory";

const template = auditTemplate();

function validate(sheet: ReturnType<typeof seededAuditSheet>["sheet"]) {
  return validateWorkbook({ file: "城关镇.xlsx", sheets: [sheet], bindings: [{ sheetName: sheet.name, templateId: template.id, templateJson: JSON.stringify(template) }] }, { known: [] });
}

describe("a workbook seeded with one mistake of each kind", () => {
  const { plan, sheet, expected } = seededAuditSheet();
  const result = validate(sheet);

  it("gives exactly the expected findings at the expected cells", () => {
    const cellOf = (e: (typeof expected)[number]) =>
      e.header ? cellAddress(plan.anchors.header[e.header]!.row, plan.anchors.header[e.header]!.col) : cellAddress(plan.anchors.indicators![e.key!].row, 3);
    const got = result.findings.map((f) => `${f.code}@${f.location.cell}:${f.severity}`).sort();
    const want = expected.map((e) => `${e.code}@${cellOf(e)}:${e.severity}`).sort();
    expect(got).toEqual(want);
  });

  it("names the file and sheet and says what is wrong in Chinese", () => {
    const banners = result.findings.find((f) => f.code === "validate.invalid")!;
    expect(banners.location).toMatchObject({ file: "城关镇.xlsx", sheet: "审核样例统计表" });
    expect(banners.input).toBe("很多");
    expect(findingMessage(banners)).toContain("「标语横幅」无法识别");
    const rate = result.findings.find((f) => f.code === "validate.rate-mismatch")!;
    expect(findingMessage(rate)).toBe("「复工率」填的是 5.5，按「已复工」÷「企业总数」计算应为 120");
  });

  it("treats a complete breakdown off only by rounding as a hint, not an error", () => {
    const rounding = result.findings.find((f) => f.indicator === "筹备物资金额")!;
    expect(rounding.severity).toBe("hint");
    expect(findingMessage(rounding)).toContain("相差 0.01");
  });

  it("says how tolerant reading read a figure", () => {
    expect(findingMessage(result.findings.find((f) => f.code === "validate.parsed-as")!)).toContain("32000");
    expect(findingMessage(result.findings.find((f) => f.code === "validate.approximate")!)).toContain("300余");
  });

  it("counts findings by severity", () => {
    expect(result.summary).toEqual({
      error: expected.filter((e) => e.severity === "error").length,
      verify: expected.filter((e) => e.severity === "verify").length,
      hint: expected.filter((e) => e.severity === "hint").length,
    });
  });
});

describe("a clean workbook", () => {
  it("gives no findings", () => {
    const plan = planSheet(template);
    const result = validate(sheetFromPlan(plan, auditWrites(template, plan, cleanAuditForm())));
    expect(result.findings.map((f) => findingMessage(f))).toEqual([]);
  });
});
