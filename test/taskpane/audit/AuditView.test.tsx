/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellAddress } from "../../../src/core/sheet";
import { AuditView } from "../../../src/taskpane/audit";
import { WorkbookError } from "../../../src/workbook/workbook-error";
import { fakeFindingMarker, type FakeFindingMarker } from "../../_support/fake-finding-marker";
import type { FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { reportWorkbook } from "../../_support/report-workbook";
import { smallIndicatorTemplate } from "../../_support/template-factory";

jest.setTimeout(30_000);

const template = smallIndicatorTemplate();
const templates = [template];

/** The small table with a placeholder in 企业总数, a negative 应急资金 (two 错误) and 无 in 已复工 (a 核实). */
const FLAWED = { total: "xx", funds: "-5", resumed: "无" };

function renderAudit(port: FakeWorkbookPort, marker: FakeFindingMarker, extra: { sheet?: string; select?: jest.Mock } = {}) {
  return renderFluent(<AuditView port={port} marker={marker} templates={templates} sheet={extra.sheet} select={extra.select} />);
}

const region = (name: RegExp) => screen.findByRole("region", { name });

async function runAudit() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "审核" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "审核" })).toBeEnabled());
  return user;
}

describe("AuditView", () => {
  it("groups the findings by severity, in Chinese, with their places", async () => {
    const { port, sheet } = await reportWorkbook(template, { values: FLAWED });
    renderAudit(port, fakeFindingMarker(), { sheet });
    await runAudit();

    const errors = await region(/^错误（2）$/);
    expect(within(errors).getByText("「企业总数」填的是占位符“xx”，请填写实际数值")).toBeInTheDocument();
    expect(within(errors).getByText(/「应急资金」为 -5/)).toBeInTheDocument();
    // Located by the field as the form names it, and the sheet; no cell address, which the form does not show.
    expect(within(errors).getByText(`位置：企业总数（工作表“${sheet}”）`)).toBeInTheDocument();
    expect(within(errors).queryByText(/位置：.*[A-Z]+\d+/)).not.toBeInTheDocument();
    const verify = await region(/^核实（1）$/);
    expect(within(verify).getByText(/「已复工」填的是“无”/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /^提示/ })).not.toBeInTheDocument();
    expect(screen.getByText(/已审核“测试统计表”：错误 2 条、核实 1 条、提示 0 条/)).toBeInTheDocument();
  });

  it("selects a finding's cell through the host when it is clicked", async () => {
    const { port, plan, sheet } = await reportWorkbook(template, { values: FLAWED });
    const select = jest.fn(async () => undefined);
    renderAudit(port, fakeFindingMarker(), { sheet, select });
    const user = await runAudit();
    await user.click(await screen.findByRole("button", { name: /占位符“xx”/ }));
    const total = plan.anchors.indicators!.total;
    expect(select).toHaveBeenCalledWith(sheet, cellAddress(total.row, total.valueCol));
    expect(screen.getByRole("button", { name: /占位符“xx”/ })).toHaveAttribute("aria-current", "true");
  });

  it("marks the findings once per run, and the next run takes the old marks off first", async () => {
    const { port, plan, sheet } = await reportWorkbook(template, { values: FLAWED });
    const marker = fakeFindingMarker();
    renderAudit(port, marker, { sheet });
    await runAudit();
    const total = plan.anchors.indicators!.total;
    const totalCell = cellAddress(total.row, total.valueCol);
    expect(marker.calls.mark).toHaveLength(1);
    expect(marker.calls.mark[0].sheet).toBe(sheet);
    expect(marker.marked(sheet)).toContain(totalCell);

    // The clerk fixes 企业总数 and audits again.
    await port.writeCells(sheet, [{ row: total.row, col: total.valueCol, value: 12 }]);
    await runAudit();
    await waitFor(() => expect(marker.calls.mark).toHaveLength(2));
    expect(marker.marked(sheet)).not.toContain(totalCell);
    expect(marker.marked(sheet).length).toBeGreaterThan(0);
    expect(screen.queryByText(/占位符/)).not.toBeInTheDocument();
  });

  it("clears every sheet's marks before auditing the whole workbook", async () => {
    const { port, sheet } = await reportWorkbook(template, { values: FLAWED });
    const marker = fakeFindingMarker();
    renderAudit(port, marker, { sheet });
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "工作簿中的全部报表" }));
    await runAudit();
    await region(/^错误/);
    // toStrictEqual: toEqual takes [] for [undefined].
    expect(marker.calls.clear).toStrictEqual([undefined]);
    expect(marker.calls.mark.map((c) => c.sheet)).toEqual([sheet]);
    // Sheet1 is no report: it is not even read.
    expect(port.calls.readSheet).toEqual([sheet]);
  });

  it("accepts a 核实 finding with a 说明 written to the 备注 cell of its row", async () => {
    const { port, plan, sheet } = await reportWorkbook(template, { values: FLAWED });
    const marker = fakeFindingMarker(port);
    renderAudit(port, marker, { sheet });
    const user = await runAudit();
    const verify = await region(/^核实/);
    // Only the 核实 finding can be accepted.
    expect(within(await region(/^错误/)).queryByRole("button", { name: "填写说明并确认" })).not.toBeInTheDocument();
    await user.click(within(verify).getByRole("button", { name: "填写说明并确认" }));
    const resumed = plan.anchors.indicators!.resumed;
    const noteCell = cellAddress(resumed.row, resumed.noteCol);
    const box = within(verify).getByRole("textbox", { name: `核实说明（写入备注 ${noteCell}）` });
    expect(within(verify).getByRole("button", { name: "写入备注" })).toBeDisabled();
    await user.type(box, "疫情期间暂未复工");
    await user.click(within(verify).getByRole("button", { name: "写入备注" }));

    await screen.findByText(`已说明（备注 ${noteCell}）：疫情期间暂未复工`);
    expect(marker.calls.accept).toEqual([{ sheet, noteCell, note: "疫情期间暂未复工" }]);
    // The add-in's own layout: the value in D, its 备注 in E of the same row.
    expect(noteCell).toBe(`E${resumed.row + 1}`);
    expect(port.cell(sheet, resumed.row, resumed.noteCol)).toBe("疫情期间暂未复工");
  });

  describe("edge cases", () => {
    it("offers no 说明 when the sheet has no 备注 column", async () => {
      const { port, plan, sheet } = await reportWorkbook(template, { values: FLAWED });
      const head = plan.cells.find((c) => c.value === "备注")!;
      await port.writeCells(sheet, [{ row: head.row, col: head.col, value: null }]);
      renderAudit(port, fakeFindingMarker(), { sheet });
      await runAudit();
      const verify = await region(/^核实/);
      expect(within(verify).queryByRole("button", { name: "填写说明并确认" })).not.toBeInTheDocument();
    });

    it("highlights a clicked finding and hands its cell on, saying a click goes to the form where there is no grid", async () => {
      const { port, sheet } = await reportWorkbook(template, { values: FLAWED });
      const select = jest.fn(async () => undefined);
      renderFluent(<AuditView port={port} marker={fakeFindingMarker()} templates={templates} sheet={sheet} select={select} selectsOn="form" />);
      const user = await runAudit();
      expect(await screen.findByText(/点击问题可转到“填报”中的对应栏目/)).toBeInTheDocument();
      const item = await screen.findByRole("button", { name: /「应急资金」为 -5/ });
      await user.click(item);
      expect(item).toHaveAttribute("aria-current", "true");
      expect(item.closest("li")).toHaveTextContent("位置：应急资金（工作表“测试统计表”）");
      expect(select).toHaveBeenCalledWith(sheet, expect.stringMatching(/^D\d+$/));
    });

    it("audits a sheet copied in without its binding against the form its labels match", async () => {
      const { port, sheet } = await reportWorkbook(template, { values: FLAWED }, { bind: false, sheetName: "城关镇报来" });
      renderAudit(port, fakeFindingMarker(), { sheet });
      await runAudit();
      expect(within(await region(/^错误/)).getByText(/占位符“xx”/)).toBeInTheDocument();
    });

    it("says so when the current sheet is not a report", async () => {
      const { port } = await reportWorkbook(template, { values: FLAWED });
      const marker = fakeFindingMarker();
      renderAudit(port, marker, { sheet: "Sheet1" });
      await runAudit();
      expect(await screen.findByText("工作表“Sheet1”不是由模板创建的，也无法识别为内置表式，无法审核。")).toBeInTheDocument();
      expect(marker.calls.mark).toEqual([]);
    });

    it("still lists the findings when they cannot be marked on the sheet", async () => {
      const { port, sheet } = await reportWorkbook(template, { values: FLAWED });
      const marker = fakeFindingMarker();
      marker.failNext("mark", new WorkbookError("busy", "cell edit mode"));
      renderAudit(port, marker, { sheet });
      await runAudit();
      expect(await screen.findByText(/问题已列出，但未能在工作表上标注：Excel 正处于单元格编辑状态/)).toBeInTheDocument();
      expect(within(await region(/^错误/)).getByText(/占位符“xx”/)).toBeInTheDocument();
    });

    it("says the audit passed when nothing is wrong", async () => {
      const { port, sheet } = await reportWorkbook(template, {
        values: { total: "12", big: "5", small: "7", resumed: "10", funds: "3.5" },
      });
      const marker = fakeFindingMarker();
      renderAudit(port, marker, { sheet });
      await runAudit();
      expect(await screen.findByText("审核通过：“测试统计表”未发现问题。")).toBeInTheDocument();
      // Marked all the same: with no findings, which takes the previous run's marks off.
      expect(marker.calls.mark).toEqual([{ sheet, cells: [] }]);
    });

    it("names the sheet when it cannot be read", async () => {
      const { port, sheet } = await reportWorkbook(template, { values: FLAWED });
      port.failNext("readSheet", new WorkbookError("sheet-not-found", "gone", { detail: { sheet } }));
      renderAudit(port, fakeFindingMarker(), { sheet });
      await runAudit();
      expect(await screen.findByRole("alert")).toHaveTextContent(`找不到工作表“${sheet}”`);
    });
  });
});
