import { deserialize, serialize } from "node:v8";
import type { ValidationFindingLike } from "../../../../src/core/consolidate";
import { fromWire, type WireReading } from "../../../../src/cli/_lib/parallel-read/read-protocol";
import { SharedTexts } from "../../../../src/cli/_lib/parallel-read/shared-texts";
import { retainedHeap } from "../../../_support/retained-heap";

/** A ledger's audit as a reading thread sends it: a finding for every other row, 完成日期 later than 整改时限. */
function ledgerFindings(rows: number): ValidationFindingLike[] {
  const op = { code: "validate.op.<=", params: {} };
  return Array.from({ length: rows / 2 }, (_, i) => ({
    code: "validate.comparison-in-row",
    severity: "hint",
    indicator: "完成日期",
    params: { label: "完成日期", row: 2 * i + 5, left: "完成日期", leftValue: `2023-02-${10 + (i % 10)}`, op, right: "整改时限", rightValue: `2023-01-${10 + (i % 10)}` },
    sheet: "巡察整改台账",
    cell: `K${2 * i + 5}`,
  })) as unknown as ValidationFindingLike[];
}

/** A file's reading as it arrives on the main thread: a new copy of every string (a structured clone, as postMessage makes). */
function arriving(findings: ValidationFindingLike[]): WireReading {
  const wire = { key: { file: "单位.xlsx" }, outcomes: [{ kind: "candidate", candidate: { identity: { name: "单位" }, audited: findings } }] };
  return deserialize(serialize(wire)) as WireReading;
}

describe("the findings' texts the main thread keeps from the reading threads", () => {
  it("are the same values, in the same findings, as arrived", () => {
    const findings = ledgerFindings(300);
    const reading = fromWire(arriving(findings), undefined, new SharedTexts());
    expect(reading.outcomes[0]).toMatchObject({ kind: "candidate", candidate: { audited: findings } });
  });

  it("are each replaced by the string kept for its text, the params' too", () => {
    const marked = new (class extends SharedTexts {
      override of(text: string): string {
        return `${text}†`;
      }
    })();
    const reading = fromWire(arriving(ledgerFindings(4)), undefined, marked);
    const outcome = reading.outcomes[0];
    if (outcome.kind !== "candidate") throw new Error("not a candidate");
    const [finding] = outcome.candidate.audited as unknown as Array<Record<string, unknown> & { params: Record<string, unknown> }>;
    expect(finding).toMatchObject({ code: "validate.comparison-in-row†", severity: "hint†", indicator: "完成日期†", sheet: "巡察整改台账†", cell: "K5†" });
    expect(finding.params).toMatchObject({ label: "完成日期†", row: 5, leftValue: "2023-02-10†", rightValue: "2023-01-10†" });
  });

  it("are kept once however many files repeat them: 60 ledgers' findings hold less than 60% of the memory", () => {
    const arrive = (texts: SharedTexts | undefined) => () => Array.from({ length: 60 }, () => fromWire(arriving(ledgerFindings(300)), undefined, texts));
    const copied = retainedHeap(arrive(undefined));
    const shared = retainedHeap(arrive(new SharedTexts()));
    // Each finding keeps its two objects; its eight texts (code, severity, labels, sheet, cell, values) go.
    expect(shared).toBeLessThan(copied * 0.6);
  });
});
