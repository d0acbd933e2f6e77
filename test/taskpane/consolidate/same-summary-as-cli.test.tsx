/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "../../_support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellText } from "../../../src/core/form";
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../../src/core/template";
import { ConsolidateView } from "../../../src/taskpane/consolidate";
import type { WorkbookPort } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { readXlsxFile } from "../../../src/workbook/xlsx/xlsx-file";
import { renderFluent } from "../../_support/render-fluent";
import { runCli } from "../../_support/run-cli";
import { unitWorkbookBytes } from "../../_support/unit-file-factory";

// The real chart loads d3's ES modules, which Jest's CommonJS cannot; the e2e test draws the real one.
jest.setTimeout(60_000);

const supplies = findBuiltinTemplate("supplies")!;
// Values by row·column: the form has 本期新增 | 累计 (with bare row keys nothing would be filled, and nothing counted).
const UNITS: Record<string, Record<string, string>> = {
  城关镇: { "masks.current": "12", "gloves.current": "3" },
  东关街道: { "masks.current": "30", "gloves.current": "1" },
  南湖乡: { "masks.current": "0", "gloves.current": "0" },
};

let folder: string;
const files: File[] = [];
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-same-summary-"));
  for (const [unit, values] of Object.entries(UNITS)) {
    const bytes = await unitWorkbookBytes(supplies, { unit, period: "2023年2月20日24时" }, values);
    await writeFile(join(folder, `${unit}.xlsx`), bytes);
    files.push(new File([bytes as BlobPart], `${unit}.xlsx`, { lastModified: 1 }));
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Each sheet's name and visibility, in tab order. */
async function tabsOf(port: WorkbookPort): Promise<string[]> {
  return (await port.listSheets()).map((s) => `${s.name}:${s.visibility}`);
}

/** A sheet's text, row by row, as the clerk reads it; but the 报出日期, which is the moment each was written. */
async function textOf(port: WorkbookPort, sheet: string): Promise<string[]> {
  const rows = (await port.readSheet(sheet)).rows.map((row) => row.map((value) => cellText(value)).join("|"));
  return rows.filter((row) => !row.includes("报出日期"));
}

describe("the summary the pane writes and the one the command line writes", () => {
  it("have the same sheets in the same order, with the same totals and the same 综述", async () => {
    const written: XlsxWorkbook[] = [];
    const user = userEvent.setup();
    renderFluent(
      <ConsolidateView
        templates={BUILTIN_TEMPLATES}
        target={{
          kind: "new-workbook",
          createWorkbook: async (fileName) => {
            const book = XlsxWorkbook.create(fileName);
            written.push(book);
            return { port: book, fileName, toBytes: () => book.toBytes() };
          },
          download: () => undefined,
        }}
      />,
    );
    await user.upload(screen.getByTestId("consolidate-files-input"), files);
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    await within(await screen.findByRole("region", { name: "汇总结果" })).findByText("计入单位：3 个");
    // Read back as saved, as the CLI's file is.
    const pane = await XlsxWorkbook.load(await written[0].toBytes(), written[0].fileName);

    const run = await runCli(folder, "consolidate", ".", "-o", "汇总.xlsx");
    expect(run.code).toBe(0);
    const cli = await readXlsxFile(join(folder, "汇总.xlsx"));

    expect(await tabsOf(pane)).toEqual(await tabsOf(cli));
    expect((await tabsOf(pane)).map((tab) => tab.split(":")[0])).toEqual(["汇总表", "分单位明细", "未报单位", "审核情况", "来源清单", "综述", "_huibao_narrative", "_huibao_templates"]);
    for (const sheet of ["汇总表", "分单位明细", "综述"]) expect(await textOf(pane, sheet)).toEqual(await textOf(cli, sheet));
    expect((await pane.readBindings()).map((b) => [b.sheetName, b.templateId])).toEqual((await cli.readBindings()).map((b) => [b.sheetName, b.templateId]));
  });
});
