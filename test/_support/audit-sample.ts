import { emptyFormState, formToCells, type FormCellWrite, type FormState } from "../../src/core/form";
import { planSheet, type SheetPlan } from "../../src/core/layout";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet";
import type { IndicatorTemplate, LedgerTemplate } from "../../src/core/template/types";
import { sheetFromPlan } from "./sheet-factory";

/** An indicator table with one indicator for each audit rule to bite on. */
export function auditTemplate(): IndicatorTemplate {
  return {
    id: "audit-sample",
    version: "1.0.0",
    title: "审核样例统计表",
    periodKind: "as-of",
    kind: "indicators",
    comparisons: [{ left: "resumed", op: "<=", right: "firms", severity: "error" }],
    rules: [{ id: "adoptedLeSubmitted", expression: "adopted <= submitted", severity: "error", message: "采用篇数不能大于报送篇数" }],
    sections: [
      {
        title: "基本情况",
        indicators: [
          { key: "people", label: "摸排人员", unit: "人", kind: "integer", aggregate: "sum", required: true, cumulative: true },
          { key: "visits", label: "入户走访", unit: "次", kind: "integer", aggregate: "sum", changeThreshold: 0.5 },
          { key: "leaflets", label: "宣传单", unit: "张", kind: "integer", aggregate: "sum" },
          { key: "banners", label: "标语横幅", unit: "条", kind: "integer", aggregate: "sum" },
          { key: "cars", label: "宣传车", unit: "台次", kind: "integer", aggregate: "sum" },
          { key: "speakers", label: "小喇叭", unit: "个", kind: "integer", aggregate: "sum" },
          {
            key: "news",
            label: "媒体稿件",
            unit: "篇",
            kind: "integer",
            aggregate: "sum",
            breakdown: "partial",
            children: [
              { key: "central", label: "中央级", unit: "篇", kind: "integer", aggregate: "sum" },
              { key: "province", label: "省级", unit: "篇", kind: "integer", aggregate: "sum" },
            ],
          },
          {
            key: "funds",
            label: "筹备物资金额",
            unit: "万元",
            kind: "money",
            aggregate: "sum",
            breakdown: "complete",
            children: [
              { key: "fundsPaid", label: "已支付", unit: "万元", kind: "money", aggregate: "sum" },
              { key: "fundsUnpaid", label: "未支付", unit: "万元", kind: "money", aggregate: "sum" },
            ],
          },
          {
            key: "fever",
            label: "发热人员",
            unit: "人",
            kind: "integer",
            aggregate: "sum",
            breakdown: "complete",
            children: [
              { key: "feverClinic", label: "医疗机构", unit: "人", kind: "integer", aggregate: "sum" },
              { key: "feverOther", label: "其他", unit: "人", kind: "integer", aggregate: "sum" },
            ],
          },
        ],
      },
      {
        title: "复工",
        indicators: [
          { key: "firms", label: "企业总数", unit: "家", kind: "integer", aggregate: "sum" },
          { key: "resumed", label: "已复工", unit: "家", kind: "integer", aggregate: "sum" },
          { key: "rate", label: "复工率", unit: "%", kind: "percent", aggregate: "recompute", formula: { numerator: "resumed", denominator: "firms", scale: 100 } },
          { key: "masks", label: "医用口罩", unit: "只", kind: "integer", aggregate: "sum" },
          { key: "staff", label: "返岗人员", unit: "人", kind: "integer", aggregate: "sum" },
          { key: "submitted", label: "信息报送", unit: "篇", kind: "integer", aggregate: "sum" },
          { key: "adopted", label: "信息采用", unit: "篇", kind: "integer", aggregate: "sum" },
        ],
      },
    ],
  };
}

/** A ledger for the ledger rules. */
export function auditLedgerTemplate(): LedgerTemplate {
  return {
    id: "audit-ledger",
    version: "1.0.0",
    title: "审核样例台账",
    periodKind: "period",
    kind: "ledger",
    columns: [
      { key: "problem", label: "问题表述", kind: "text", required: true },
      { key: "status", label: "整改状态", kind: "enum", options: ["已完成", "持续推进", "未启动"], required: true },
      { key: "doneDate", label: "完成日期", kind: "date" },
    ],
    status: { column: "status", doneValues: ["已完成"], doneDateColumn: "doneDate" },
    identityColumns: ["problem"],
    initialRows: 6,
  };
}

/** A clean, consistent filling of the audit template: no rule fires on it. */
export function cleanAuditForm(): FormState {
  return {
    ...emptyFormState("audit-sample"),
    header: { unit: "城关镇", period: "2023年2月20日24时", preparer: "张三", reportDate: "2023-02-21" },
    values: {
      people: "1200", visits: "40", leaflets: "5000", banners: "30", cars: "12", speakers: "8",
      news: "10", central: "1", province: "3", funds: "930.95", fundsPaid: "374.08", fundsUnpaid: "556.87",
      fever: "92", feverClinic: "36", feverOther: "56", firms: "50", resumed: "45", masks: "20000", staff: "300",
      submitted: "20", adopted: "12",
    },
    notes: {},
    rows: [],
  };
}

/**
 * One mistake of each kind, each in its own cell. `expected` lists the finding codes and the
 * indicator keys where they must appear (the cell is the indicator's value cell).
 */
export function seededAuditForm(): { form: FormState; rateTyped: number; expected: Array<{ code: string; severity: string; key?: string; header?: "unit" }> } {
  const form = cleanAuditForm();
  form.header.unit = "";
  Object.assign(form.values, {
    people: "",
    visits: "xx",
    leaflets: "—",
    banners: "很多",
    cars: "3.5",
    speakers: "-2",
    central: "12",
    fundsPaid: "374.07",
    feverOther: "50",
    resumed: "60",
    masks: "3.2万",
    staff: "300余",
    adopted: "25",
  });
  return {
    form,
    rateTyped: 5.5,
    expected: [
      { code: "validate.required", severity: "error", header: "unit" },
      { code: "validate.required", severity: "error", key: "people" },
      { code: "validate.placeholder", severity: "error", key: "visits" },
      { code: "validate.nil", severity: "verify", key: "leaflets" },
      { code: "validate.invalid", severity: "error", key: "banners" },
      { code: "validate.not-integer", severity: "error", key: "cars" },
      { code: "validate.below-min", severity: "error", key: "speakers" },
      { code: "validate.partial-child-exceeds", severity: "error", key: "news" },
      { code: "validate.complete-rounding", severity: "hint", key: "funds" },
      { code: "validate.complete-mismatch", severity: "error", key: "fever" },
      { code: "validate.comparison", severity: "error", key: "resumed" },
      { code: "validate.rate-mismatch", severity: "error", key: "rate" },
      { code: "validate.parsed-as", severity: "hint", key: "masks" },
      { code: "validate.approximate", severity: "hint", key: "staff" },
      { code: "validate.expression", severity: "error", key: "adopted" },
    ],
  };
}

/** The writes of a form into its planned sheet, with a typed rate over the formula cell when given. */
export function auditWrites(template: IndicatorTemplate, plan: SheetPlan, form: FormState, rateTyped?: number): FormCellWrite[] {
  const writes = formToCells(template, plan.anchors, form);
  if (rateTyped !== undefined) {
    const at = plan.anchors.indicators!.rate;
    writes.push({ row: at.row, col: at.valueCol, value: rateTyped });
  }
  return writes;
}

/** The seeded sheet as a snapshot, with its plan for looking up cells. */
export function seededAuditSheet(): { plan: SheetPlan; sheet: SheetSnapshot; expected: ReturnType<typeof seededAuditForm>["expected"] } {
  const template = auditTemplate();
  const plan = planSheet(template);
  const { form, rateTyped, expected } = seededAuditForm();
  return { plan, sheet: sheetFromPlan(plan, auditWrites(template, plan, form, rateTyped)), expected };
}

export type { CellValue };
