import { deserialize, serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { ValidationFindingLike } from "../../../../src/core/consolidate";
import { fromWire, type WireReading } from "../../../../src/cli/_lib/parallel-read/read-protocol";
import { SharedTexts } from "../../../../src/cli/_lib/parallel-read/shared-texts";

/** The heap in use once V8 has collected everything it can (its collector exposed for the test). */
function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

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

  it("are kept once however many files repeat them: 60 ledgers' findings hold less than half the memory", () => {
    const retained = (texts: SharedTexts | undefined): number => {
      const before = heapAfterGc();
      const kept = Array.from({ length: 60 }, () => fromWire(arriving(ledgerFindings(300)), undefined, texts));
      const after = heapAfterGc();
      expect(kept).toHaveLength(60);
      return after - before;
    };
    const copied = retained(undefined);
    const shared = retained(new SharedTexts());
    // Each finding keeps its two objects; its eight texts (code, severity, labels, sheet, cell, values) go.
    expect(shared).toBeLessThan(copied * 0.6);
  });
});
