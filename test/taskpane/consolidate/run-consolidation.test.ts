import { planRosterSheet } from "../../../src/core/consolidate";
import { BUILTIN_TEMPLATES } from "../../../src/core/template";
import { runConsolidation } from "../../../src/taskpane/consolidate/run-consolidation";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { reportWorkbook } from "../../_support/report-workbook";
import { rosterOf } from "../../_support/consolidate-factory";
import { unitWorkbookBytes } from "../../_support/unit-file-factory";
import { cancelledOnFirstStep, paneRequest, paneTemplate, paneUnitFile } from "../../_support/pane-consolidation";

const template = paneTemplate;
const unitFile = paneUnitFile;

const request = paneRequest;

describe("runConsolidation", () => {
  it("reads each file in turn, recognises the form most files hold and totals it", async () => {
    const files = await Promise.all([unitFile("城关镇", "12"), unitFile("东关街道", "30"), unitFile("南湖乡", "0")]);
    const progress: Array<[number, number, string]> = [];
    const run = await runConsolidation(
      request({ sources: files.map((file) => ({ kind: "file", file })), onProgress: (...p) => progress.push(p) }),
    );
    expect(progress).toEqual([
      [0, 3, "城关镇.xlsx"],
      [1, 3, "东关街道.xlsx"],
      [2, 3, "南湖乡.xlsx"],
      [3, 3, ""],
    ]);
    if (!run.ok) throw new Error(run.reason);
    expect(run.result.template.id).toBe(template.id);
    expect(run.result.units.map((u) => u.name).sort()).toEqual(["东关街道", "南湖乡", "城关镇"].sort());
    expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(42);
    expect(run.result.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256 ?? ""))).toBe(true);
  });

  it("takes the roster from a sheet of the open workbook, and sheets of it as units' reports", async () => {
    const { port, sheet } = await reportWorkbook(template, { header: { unit: "西关街道" }, values: { total: "5" } }, { sheetName: "西关" });
    await port.createSheet(planRosterSheet(rosterOf("城关镇", "西关街道", "北山镇")));
    const rosterSheet = port.sheets[port.sheets.length - 1].name;
    const run = await runConsolidation(
      request({
        port,
        sources: [
          { kind: "file", file: await unitFile("城关镇", "12") },
          { kind: "sheet", sheet },
        ],
        roster: { kind: "sheet", sheet: rosterSheet },
      }),
    );
    if (!run.ok) throw new Error(run.reason);
    expect(run.result.units.map((u) => u.name)).toEqual(["城关镇", "西关街道"]);
    expect(run.result.missing.map((u) => u.name)).toEqual(["北山镇"]);
    expect(run.result.inputs.map((i) => i.file)).toContain("西关（本工作簿）");
    expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(17);
  });

  describe("edge cases", () => {
    it("stops when cancelled between two files, and gives no result", async () => {
      const controller = new AbortController();
      const files = await Promise.all([unitFile("城关镇", "12"), unitFile("东关街道", "30")]);
      const names: string[] = [];
      const running = runConsolidation(
        request(cancelledOnFirstStep(files, controller, names)),
      );
      await expect(running).rejects.toThrow();
      expect(names).toEqual(["城关镇.xlsx"]);
    });

    it("says why when no file holds a known form", async () => {
      const run = await runConsolidation(
        request({
          sources: [{ kind: "file", file: new File(["单位,数值"], "清单.csv") }],
          templates: BUILTIN_TEMPLATES.filter((t) => t.kind === "ledger"),
        }),
      );
      expect(run).toEqual({ ok: false, reason: "没有一份文件能识别为已知表式，请在“表式”中指定，或检查所选文件。" });
    });

    it("says why a roster file cannot be used, naming it", async () => {
      const roster = new File([(await unitWorkbookBytes(template, {}, {})) as BlobPart], "名录.xlsx");
      const run = await runConsolidation(
        request({ sources: [{ kind: "file", file: await unitFile("城关镇", "12") }], roster: { kind: "file", file: roster } }),
      );
      expect(run.ok).toBe(false);
      if (!run.ok) expect(run.reason).toMatch(/^单位名录“名录\.xlsx”无法使用：/);
    });

    it("takes the template chosen over the one the files hold", async () => {
      const run = await runConsolidation(
        request({ sources: [{ kind: "file", file: await unitFile("城关镇", "12") }], templateId: "small-ledger" }),
      );
      if (!run.ok) throw new Error(run.reason);
      expect(run.result.template.id).toBe("small-ledger");
      expect(run.result.units).toEqual([]);
      expect(run.result.inputs[0].status).toBe("rejected");
    });

    it("needs the open workbook for a sheet source", async () => {
      await expect(runConsolidation(request({ sources: [{ kind: "sheet", sheet: "表" }] }))).rejects.toThrow(/no workbook/);
      const port = fakeWorkbookPort();
      await expect(runConsolidation(request({ port, sources: [{ kind: "sheet", sheet: "表" }] }))).rejects.toThrow(/no sheet 表/);
    });
  });
});
