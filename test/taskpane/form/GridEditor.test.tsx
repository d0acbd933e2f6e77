/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planSheet } from "../../../src/core/layout";
import { findBuiltinTemplate } from "../../../src/core/template/builtin";
import type { IndicatorTemplate } from "../../../src/core/template";
import { createDraftStore } from "../../../src/taskpane/drafts";
import { ReportForm } from "../../../src/taskpane/form";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";

const SHEET = "复工复产统计表";
const resumption = findBuiltinTemplate("resumption") as IndicatorTemplate;

async function openGrid() {
  const port = fakeWorkbookPort();
  await port.createSheet(planSheet(resumption, { sheetName: SHEET }));
  const drafts = await createDraftStore({ preferHelpers: false });
  renderFluent(<ReportForm port={port} template={resumption} sheetName={SHEET} workbookKey="测试.xlsx" drafts={drafts} />);
  await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
  return { port, grid: screen.getByRole("table", { name: "复工复产统计表" }) };
}

const cell = (name: string) => screen.getByRole("textbox", { name });

jest.setTimeout(20_000);
beforeEach(() => window.localStorage.clear());

describe("GridEditor", () => {
  it("shows the resumption form as a grid: categories as rows, measures under their group heads, 合计 first", async () => {
    const { grid } = await openGrid();
    const heads = within(grid).getAllByRole("columnheader").map((h) => h.textContent);
    expect(heads).toEqual(["企业类别", "企业复工情况", "人员返岗情况", "企业总数（家）", "已复工（家）", "复工率（%）", "员工总数（人）", "已返岗（人）", "人员复工率（%）"]);
    const rows = within(grid).getAllByRole("rowheader").map((h) => h.textContent);
    expect(rows).toEqual(["合计", "规上工业", "限上商贸", "规上服务业", "建筑项目", "个体工商户"]);
  });

  it("moves down a column on Enter and back up on Shift+Enter, as Excel does, without saving", async () => {
    const user = userEvent.setup();
    const { port } = await openGrid();
    await user.click(cell("规上工业·企业总数"));
    await user.keyboard("10{Enter}");
    expect(cell("限上商贸·企业总数")).toHaveFocus();
    await user.keyboard("5{Enter}");
    expect(cell("规上服务业·企业总数")).toHaveFocus();
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(cell("限上商贸·企业总数")).toHaveFocus();
    expect(port.calls.writeCells).toHaveLength(0);
  });

  it("moves sideways with the arrow keys only from the input's edge, passing over the computed rate", async () => {
    const user = userEvent.setup();
    await openGrid();
    await user.click(cell("规上工业·已复工"));
    await user.keyboard("80");
    await user.keyboard("{ArrowLeft}");
    expect(cell("规上工业·已复工")).toHaveFocus(); // the caret moved inside "80"
    await user.keyboard("{End}{ArrowRight}");
    expect(cell("规上工业·员工总数")).toHaveFocus(); // 复工率 is computed: passed over
    await user.keyboard("{ArrowDown}");
    expect(cell("限上商贸·员工总数")).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(cell("规上工业·员工总数")).toHaveFocus(); // the 合计 row is computed: the grid stays put
  });

  it("computes the rates and the 合计 row live, read-only, and saves only what was typed", async () => {
    const user = userEvent.setup();
    const { port } = await openGrid();
    await user.type(cell("规上工业·企业总数"), "40");
    await user.type(cell("规上工业·已复工"), "30");
    await user.type(cell("限上商贸·企业总数"), "10");
    expect(cell("规上工业·复工率")).toHaveValue("75.0");
    expect(cell("规上工业·复工率")).toHaveAttribute("readonly");
    expect(cell("合计·企业总数")).toHaveValue("50");
    expect(cell("合计·企业总数")).toHaveAttribute("readonly");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
    const written = port.calls.writeCells[0].writes.filter((w) => typeof w.value === "number").map((w) => w.value);
    expect(written.sort()).toEqual([10, 30, 40]);
  });

  it("opens a row's 备注 under the grid with Alt+M", async () => {
    const user = userEvent.setup();
    await openGrid();
    await user.click(cell("建筑项目·企业总数"));
    await user.keyboard("{Alt>}m{/Alt}");
    await waitFor(() => expect(cell("建筑项目（备注）")).toHaveFocus());
  });
});
