import { consolidate, toJson } from "../../../src/core/consolidate";
import { LEGACY_TEMPLATES } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { addInForm, inputOf, rosterOf, unitForm } from "../../_support/consolidate-factory";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

describe("toJson", () => {
  it("gives the CLI's --json shape", () => {
    const template = smallIndicatorTemplate();
    const a = unitForm(template, { total: 5, big: "xx" }, { unit: "城关镇", period: "2月20日" });
    const b = unitForm(template, { total: 0 }, { unit: "东城街道" });
    const old = unitForm(template, { total: 1 }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 2, a), inputOf("a-旧.xlsx", 1, old), inputOf("b.xlsx", 3, b)], { template, roster: rosterOf("城关镇", "东城街道", "西城街道") });
    const json = toJson(result, "汇总.xlsx");
    expect(json).toEqual({
      template: { id: "small", title: "测试统计表", version: "1.0.0" },
      period: "2月20日",
      units: {
        received: ["城关镇", "东城街道"],
        missing: ["西城街道"],
        duplicates: [{ unit: "城关镇", kept: "a.xlsx", dropped: ["a-旧.xlsx"], rule: "order" }],
        zeroReports: ["东城街道"],
        outsideRoster: [],
      },
      inputs: [
        expect.objectContaining({ file: "a-旧.xlsx", unit: "城关镇", status: "rejected", reason: expect.stringContaining("另报送了“a.xlsx”"), valuesRead: 1, valuesAccepted: 0, valuesRejected: 1 }),
        expect.objectContaining({ file: "a.xlsx", sheet: "Sheet1", unit: "城关镇", status: "accepted", reason: null, template: "small", valuesRead: 2, valuesAccepted: 1, valuesRejected: 1, valuesBlank: 4 }),
        expect.objectContaining({ file: "b.xlsx", status: "accepted", valuesRead: 1 }),
      ],
      // Each value of a counted file not counted, where and why.
      rejectedValues: [{ file: "a.xlsx", unit: "城关镇", sheet: "Sheet1", cell: "D6", label: "规上企业", raw: "xx", reason: "“xx”是未填写的占位符，请填入实际内容" }],
      totals: { 企业总数: 5 },
      // The duplicate is a hint on the unit kept and on the file not used; "xx" is an error.
      findings: { error: 1, verify: 0, hint: 2 },
      output: "汇总.xlsx",
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("names a repeated label by its section", () => {
    // A one-column form with the same labels under each class: the 复工复产 form of version 1.
    const resumption = LEGACY_TEMPLATES.find((t) => t.id === "resumption") as IndicatorTemplate;
    const a = unitForm(resumption, { industryTotal: 40, industryResumed: 30, tradeTotal: 20, tradeResumed: 20 }, { unit: "城关镇" });
    const json = toJson(consolidate([inputOf("a.xlsx", 1, a)], { template: resumption }));
    expect(json.totals).toMatchObject({ "规上工业·企业总数": 40, "限上商贸·企业总数": 20, "规上工业·复工率": 75, "限上商贸·复工率": 100 });
    expect(json.output).toBeNull();
  });

  it("gives a ledger's rows, status counts and completion", () => {
    const ledger = smallLedgerTemplate();
    const a = addInForm(ledger, { unit: "教育局" }, {}, [{ problem: "p1", status: "已完成" }, { problem: "p2", status: "未启动" }]);
    const json = toJson(consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding])], { template: ledger }));
    expect(json.totals).toEqual({ 条数: 2, "整改状态·已完成": 1, "整改状态·持续推进": 0, "整改状态·未启动": 1, 完成数: 1, 完成率: 50 });
  });
});
