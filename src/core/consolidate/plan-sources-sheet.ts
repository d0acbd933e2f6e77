import { message, problemText } from "../locale";
import type { SheetPlan, StyleRole } from "../layout/sheet-plan";
import type { ConsolidationResult, InputAccount } from "./consolidation-result";
import { TableBuilder } from "./_lib/table-builder";

/** A cell's text stays far below Excel's 32,767 characters; the full list is in the findings. */
const REASONS_SHOWN = 20;

function reasonsOf(input: InputAccount): string {
  const rejected = input.values.filter((v) => v.status === "rejected" && v.reason);
  const own = input.reason ? [problemText(input.reason)] : [];
  // A file not used gives one reason for all its values; listing each again says nothing new.
  const values = input.status === "rejected" ? [] : rejected.map((v) => `${v.cell} ${v.label}：${problemText(v.reason!)}`);
  const shown = [...own, ...values.slice(0, REASONS_SHOWN)];
  if (values.length > REASONS_SHOWN) shown.push(message("consolidate.note.more", { count: values.length }));
  return shown.join("；");
}

function recognisedBy(input: InputAccount): string | null {
  if (!input.template) return null;
  return input.template.how === "binding" ? message("consolidate.how.binding") : message("consolidate.how.content", { confidence: input.template.confidence });
}

/**
 * 来源清单: each file with its unit, template and how they were recognised, what was read, accepted,
 * converted, rejected and left blank, the reasons, and its SHA-256 — so every figure can be traced.
 */
export function planSourcesSheet(result: ConsolidationResult, options: { sheetName?: string } = {}): SheetPlan {
  const sheetName = options.sheetName ?? message("consolidate.sheet.sources");
  const heads = [
    message("consolidate.head.serial"),
    message("consolidate.head.file"),
    message("consolidate.head.unit"),
    message("consolidate.head.unit-how"),
    message("consolidate.head.template"),
    message("consolidate.head.recognised-by"),
    message("consolidate.head.status"),
    message("consolidate.head.read"),
    message("consolidate.head.accepted"),
    message("consolidate.head.converted"),
    message("consolidate.head.rejected"),
    message("consolidate.head.blank"),
    message("consolidate.head.reasons"),
    message("consolidate.head.sha256"),
  ];
  const styles: StyleRole[] = ["serial", "label", "label", "unit", "label", "unit", "unit", "computed", "computed", "computed", "computed", "computed", "label", "label"];
  const b = new TableBuilder(heads.length);
  b.title(message("consolidate.title.sources", { template: result.template.title }));
  const headRow = b.head(heads);
  // A workbook holding several units' forms is listed once per form, each named by its sheet.
  const accountsOf = new Map<string, number>();
  for (const input of result.inputs) accountsOf.set(input.file, (accountsOf.get(input.file) ?? 0) + 1);
  result.inputs.forEach((input, i) => {
    const unitHow = input.unitHow ? message(`consolidate.unit-how.${input.unitHow}`) : "";
    b.values(
      [
        i + 1,
        input.sheet && accountsOf.get(input.file)! > 1 ? `${input.file}（${input.sheet}）` : input.file,
        input.unit ?? null,
        unitHow || null,
        input.template?.title ?? null,
        recognisedBy(input),
        message(`consolidate.status.${input.status}`),
        input.valuesRead,
        input.valuesAccepted,
        input.valuesConverted,
        input.valuesRejected,
        input.valuesBlank,
        reasonsOf(input) || null,
        input.sha256 ?? null,
      ],
      styles,
    );
  });
  return b.plan(sheetName, [6, 30, 16, 12, 20, 16, 10, 8, 8, 8, 8, 8, 60, 24], { rows: headRow + 1, columns: 2 }, headRow);
}
