/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planSheet, type SheetPlan } from "../../../src/core/layout";
import { cellAddress } from "../../../src/core/sheet";
import type { IndicatorTemplate, ReportTemplate } from "../../../src/core/template";
import { createDraftStore, type DraftStore } from "../../../src/taskpane/drafts";
import { ReportForm } from "../../../src/taskpane/form";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { dialogButton, dialogButtons, findAlertDialog, queryAlertDialog } from "../../_support/alert-dialog";

const SHEET = "测试统计表";

/** The small indicator table plus a section with an enum indicator. */
function templateWithEnum(): IndicatorTemplate {
  const base = smallIndicatorTemplate();
  return {
    ...base,
    sections: [
      ...base.sections,
      {
        title: "评估",
        indicators: [{ key: "risk", label: "风险等级", kind: "enum", options: ["低", "中", "高"], aggregate: "keep-per-unit" }],
      },
    ],
  };
}

interface Opened {
  port: FakeWorkbookPort;
  plan: SheetPlan;
  drafts: DraftStore;
  unmount(): void;
}

/** A workbook with the template's sheet made, and the form opened on it (its first read done). */
async function openForm(template: ReportTemplate, given: Partial<Pick<Opened, "port" | "drafts">> = {}): Promise<Opened> {
  const port = given.port ?? fakeWorkbookPort();
  const plan = planSheet(template, { sheetName: SHEET });
  if (!port.sheets.some((s) => s.name === SHEET)) await port.createSheet(plan);
  const drafts = given.drafts ?? (await createDraftStore({ preferHelpers: false }));
  const { unmount } = renderFluent(
    <ReportForm port={port} template={template} sheetName={SHEET} workbookKey="测试.xlsx" drafts={drafts} />,
  );
  await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
  return { port, plan, drafts, unmount };
}

const box = (name: string) => screen.getByRole("textbox", { name });
const valueCell = (plan: SheetPlan, key: string) => plan.anchors.indicators![key];

// Fluent UI under jsdom is slow to warm up, and the machine's cores are shared.
jest.setTimeout(20_000);

beforeEach(() => window.localStorage.clear());

describe("ReportForm", () => {
  it("saves every typed value with one writeCells call, into the cells the layout anchors", async () => {
    const user = userEvent.setup();
    const { port, plan } = await openForm(smallIndicatorTemplate());
    await user.type(box("填报单位"), "城关镇");
    await user.type(box("企业总数"), "92");
    await user.type(box("应急资金"), "12.5");
    // The 备注 is out of the Tab sequence: Alt+M from the row opens it.
    await user.click(box("应急资金"));
    await user.keyboard("{Alt>}m{/Alt}");
    await waitFor(() => expect(box("应急资金（备注）")).toHaveFocus());
    await user.keyboard("含已拨付");
    await user.click(screen.getByRole("button", { name: "保存" }));

    await screen.findByText(/已保存到工作表“测试统计表”/);
    expect(port.calls.writeCells).toHaveLength(1);
    const { sheetName, writes } = port.calls.writeCells[0];
    expect(sheetName).toBe(SHEET);
    const at = (row: number, col: number) => writes.filter((w) => w.row === row && w.col === col).map((w) => w.value);
    const unit = plan.anchors.header.unit!;
    expect(at(unit.row, unit.col)).toEqual(["城关镇"]);
    expect(at(valueCell(plan, "total").row, valueCell(plan, "total").valueCol)).toEqual([92]);
    expect(at(valueCell(plan, "funds").row, valueCell(plan, "funds").valueCol)).toEqual([12.5]);
    expect(at(valueCell(plan, "funds").row, valueCell(plan, "funds").noteCol)).toEqual(["含已拨付"]);
    // Untouched fields are written blank, so a field cleared in the form is cleared on the sheet.
    expect(at(valueCell(plan, "big").row, valueCell(plan, "big").valueCol)).toEqual([null]);
    expect(port.cell(SHEET, valueCell(plan, "total").row, 3)).toBe(92);
  });

  it("never writes the computed rate, and shows it live from its parts", async () => {
    const user = userEvent.setup();
    const { port, plan } = await openForm(smallIndicatorTemplate());
    const rate = box("复工率");
    expect(rate).toHaveAttribute("readonly");
    expect(rate).toHaveValue("");
    await user.type(box("企业总数"), "80");
    await user.type(box("已复工"), "60");
    expect(rate).toHaveValue("75.0");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
    const cell = valueCell(plan, "rate");
    expect(port.calls.writeCells[0].writes.some((w) => w.row === cell.row && w.col === cell.valueCol)).toBe(false);
  });

  it("shows the unit beside each input and indents 其中 children under their total", async () => {
    await openForm(smallIndicatorTemplate());
    const child = box("其中：规上企业");
    expect(child.closest("[data-depth]")).toHaveAttribute("data-depth", "1");
    expect(box("企业总数").closest("[data-depth]")).toHaveAttribute("data-depth", "0");
    expect(box("企业总数").parentElement).toHaveTextContent("家");
    expect(box("应急资金").parentElement).toHaveTextContent("万元");
    expect(screen.getByRole("heading", { name: "基本情况" })).toBeInTheDocument();
  });

  it("读取 fills the form with what the sheet holds", async () => {
    const user = userEvent.setup();
    const { port, plan } = await openForm(smallIndicatorTemplate());
    // The clerk types on the sheet itself, in Excel.
    const unit = plan.anchors.header.unit!;
    await port.writeCells(SHEET, [
      { row: unit.row, col: unit.col, value: "城关镇" },
      { row: valueCell(plan, "total").row, col: 3, value: 92 },
      { row: valueCell(plan, "funds").row, col: 3, value: 930.95 },
    ]);
    await user.click(screen.getByRole("button", { name: "读取" }));
    await screen.findByText("已从工作表“测试统计表”读取。");
    expect(box("填报单位")).toHaveValue("城关镇");
    expect(box("企业总数")).toHaveValue("92");
    expect(box("应急资金")).toHaveValue("930.95");
  });

  it("opens with what the sheet holds when there is no draft", async () => {
    const template = smallIndicatorTemplate();
    const port = fakeWorkbookPort();
    const plan = planSheet(template, { sheetName: SHEET });
    await port.createSheet(plan);
    await port.writeCells(SHEET, [{ row: valueCell(plan, "total").row, col: 3, value: 7 }]);
    await openForm(template, { port });
    expect(box("企业总数")).toHaveValue("7");
  });

  it("asks before 读取 overwrites unsaved edits, and 取消 keeps them", async () => {
    const user = userEvent.setup();
    const { port } = await openForm(smallIndicatorTemplate());
    await user.type(box("企业总数"), "5");
    await user.click(screen.getByRole("button", { name: "读取" }));
    const dialog = await findAlertDialog();
    expect(dialog).toHaveTextContent("覆盖未保存的修改？");
    // The dialog focuses its first button, so the safe answer comes first: Enter takes 取消, never 读取并覆盖
    // (jsdom has no layout for Fluent's focus finder; the e2e test checks the focus itself).
    expect(dialogButtons(dialog).map((b) => b.textContent)).toEqual(["取消", "读取并覆盖"]);
    await user.click(dialogButton(dialog, "取消"));
    await waitFor(() => expect(queryAlertDialog()).not.toBeInTheDocument());
    expect(box("企业总数")).toHaveValue("5");
    expect(port.calls.readSheet).toHaveLength(1); // only the read on opening
  });

  it("moves to the next input on Enter and back on Shift+Enter, passing over computed inputs and notes", async () => {
    const user = userEvent.setup();
    const { port } = await openForm(smallIndicatorTemplate());
    await user.click(box("企业总数"));
    await user.keyboard("80{Enter}");
    expect(box("其中：规上企业")).toHaveFocus();
    await user.keyboard("{Enter}{Enter}");
    expect(box("已复工")).toHaveFocus();
    // 复工率 is computed (read-only) and each 备注 is out of the sequence: Enter goes on to 应急资金.
    await user.keyboard("60{Enter}");
    expect(box("应急资金")).toHaveFocus();
    expect(box("复工率")).toHaveValue("75.0");
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(box("已复工")).toHaveFocus();
    expect(port.calls.writeCells).toHaveLength(0); // Enter never saves the whole form
  });

  it("saves on Ctrl+Enter, but never on the Enter that ends an IME composition", async () => {
    const user = userEvent.setup();
    const { port } = await openForm(smallIndicatorTemplate());
    const unit = box("填报单位");
    await user.type(unit, "城关");
    fireEvent.keyDown(unit, { key: "Enter", code: "Enter", isComposing: true });
    fireEvent.keyDown(unit, { key: "Enter", code: "Enter", keyCode: 229 });
    fireEvent.keyDown(unit, { key: "Enter", code: "Enter", keyCode: 229, ctrlKey: true });
    await act(async () => undefined);
    expect(unit).toHaveFocus(); // the composition is committed in place, focus does not move
    expect(port.calls.writeCells).toHaveLength(0);
    fireEvent.keyDown(unit, { key: "Enter", code: "Enter", keyCode: 13 });
    await act(async () => undefined);
    expect(port.calls.writeCells).toHaveLength(0);
    fireEvent.keyDown(unit, { key: "Enter", code: "Enter", keyCode: 13, ctrlKey: true });
    await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
  });

  it("keeps each 备注 out of the Tab sequence, one Tab per indicator", async () => {
    const user = userEvent.setup();
    await openForm(smallIndicatorTemplate());
    expect(screen.getByRole("button", { name: "企业总数：写备注（Alt+M）" })).toHaveAttribute("tabindex", "-1");
    expect(screen.queryByRole("textbox", { name: "企业总数（备注）" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "企业总数：写备注（Alt+M）" }));
    expect(box("企业总数（备注）")).toHaveFocus();
    expect(box("企业总数（备注）")).toHaveAttribute("tabindex", "-1");
  });

  it("chooses an enum value from a dropdown and saves it as text", async () => {
    const user = userEvent.setup();
    const template = templateWithEnum();
    const { port, plan } = await openForm(template);
    await user.click(screen.getByRole("combobox", { name: "风险等级" }));
    await user.click(await screen.findByRole("option", { name: "高" }));
    expect(screen.getByRole("combobox", { name: "风险等级" })).toHaveTextContent("高");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
    expect(port.cell(SHEET, valueCell(plan, "risk").row, 3)).toBe("高");
  });

  it("restores a half-filled form after the pane is closed and reopened", async () => {
    const user = userEvent.setup();
    const template = smallIndicatorTemplate();
    const first = await openForm(template);
    await user.type(box("填报单位"), "城关镇");
    await user.type(box("企业总数"), "92");
    first.unmount();

    const second = await openForm(template, { port: first.port, drafts: await createDraftStore() });
    expect(box("填报单位")).toHaveValue("城关镇");
    expect(box("企业总数")).toHaveValue("92");
    expect(screen.getByText(/已恢复 .* 自动保存的草稿/)).toBeInTheDocument();
    expect(first.port.calls.readSheet).toHaveLength(1); // the draft, not the sheet, was shown
    second.unmount();
  });

  it("clears the draft once the form is saved", async () => {
    const user = userEvent.setup();
    const template = smallIndicatorTemplate();
    const first = await openForm(template);
    await user.type(box("企业总数"), "92");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText(/已保存/);
    first.unmount();

    await openForm(template, { port: first.port, drafts: first.drafts });
    expect(screen.queryByText(/已恢复/)).not.toBeInTheDocument();
    expect(box("企业总数")).toHaveValue("92"); // read back from the sheet
    expect(first.port.calls.readSheet).toHaveLength(2);
  });

  it("edits a ledger one row at a time: a list of rows, the open one as a card; a save clears the row removed", async () => {
    const user = userEvent.setup();
    const template = smallLedgerTemplate();
    const { port, plan } = await openForm(template);
    expect(screen.getByText("还没有记录，点击“添加一行”开始填写。")).toBeInTheDocument();
    const card = (n: number) => screen.getByRole("group", { name: `第 ${n} 行` });
    await user.click(screen.getByRole("button", { name: "添加一行" }));
    // The new row opens as a card, its first field focused.
    await waitFor(() => expect(within(card(1)).getByRole("textbox", { name: "问题表述" })).toHaveFocus());
    await user.keyboard("台账不全");
    await user.click(screen.getByRole("button", { name: "添加一行" }));
    expect(screen.queryByRole("group", { name: "第 1 行" })).not.toBeInTheDocument(); // one card at a time
    await user.type(within(card(2)).getByRole("textbox", { name: "问题表述" }), "制度缺失");
    await user.click(within(card(2)).getByRole("combobox", { name: "整改状态" }));
    await user.click(await screen.findByRole("option", { name: "已完成" }));
    expect(screen.getByText("共 2 行")).toBeInTheDocument();
    // The list names each row by what it is about.
    expect(screen.getByRole("button", { name: "第 1 行：台账不全" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "第 2 行：制度缺失（已完成）" })).toHaveAttribute("aria-current", "true");

    await user.click(screen.getByRole("button", { name: "第 1 行：台账不全" }));
    await user.click(within(card(1)).getByRole("button", { name: "删除第 1 行" }));
    expect(screen.queryByRole("button", { name: /^第 2 行/ })).not.toBeInTheDocument();
    expect(within(card(1)).getByRole("textbox", { name: "问题表述" })).toHaveValue("制度缺失");
    expect(within(card(1)).getByRole("combobox", { name: "整改状态" })).toHaveTextContent("已完成");

    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
    const { firstRow, columns } = plan.anchors.ledger!;
    expect(port.cell(SHEET, firstRow, columns.problem)).toBe("制度缺失");
    expect(port.cell(SHEET, firstRow, columns.status)).toBe("已完成");
    expect(port.cell(SHEET, firstRow + 1, columns.problem)).toBeNull();
  });

  it("opens a ledger at a finding's cell: its row's card, the field focused", async () => {
    const template = smallLedgerTemplate();
    const port = fakeWorkbookPort();
    const plan = planSheet(template, { sheetName: SHEET });
    await port.createSheet(plan);
    const { firstRow, columns } = plan.anchors.ledger!;
    for (const [i, text] of ["台账不全", "制度缺失", "记录不全"].entries()) await port.writeCells(SHEET, [{ row: firstRow + i, col: columns.problem, value: text }]);
    const onFocused = jest.fn();
    const focus = { sheet: SHEET, address: cellAddress(firstRow + 2, columns.status), serial: 1 };
    renderFluent(<ReportForm port={port} template={template} sheetName={SHEET} workbookKey="测试.xlsx" drafts={await createDraftStore({ preferHelpers: false })} focus={focus} onFocused={onFocused} />);
    const card = await screen.findByRole("group", { name: "第 3 行" });
    await waitFor(() => expect(within(card).getByRole("combobox", { name: "整改状态" })).toHaveFocus());
    expect(within(card).getByRole("textbox", { name: "问题表述" })).toHaveValue("记录不全");
    expect(onFocused).toHaveBeenCalledTimes(1);
  });

  it("writes a ledger's long texts in boxes of several lines, where Enter starts a new line", async () => {
    const user = userEvent.setup();
    const template = smallLedgerTemplate({
      columns: [...smallLedgerTemplate().columns.map((c) => (c.key === "problem" ? { ...c, width: 40 } : c))],
    });
    await openForm(template);
    await user.click(screen.getByRole("button", { name: "添加一行" }));
    const problem = within(screen.getByRole("group", { name: "第 1 行" })).getByRole("textbox", { name: "问题表述" });
    expect(problem.tagName).toBe("TEXTAREA");
    await user.type(problem, "一是台账不全{Enter}二是制度缺失");
    expect(problem).toHaveValue("一是台账不全\n二是制度缺失");
    expect(problem).toHaveFocus();
  });

  describe("edge cases", () => {
    it("keeps the typed values and says why when the save fails", async () => {
      const user = userEvent.setup();
      const { port } = await openForm(smallIndicatorTemplate());
      await user.type(box("企业总数"), "92");
      const { WorkbookError } = await import("../../../src/workbook/workbook-error");
      port.failNext("writeCells", new WorkbookError("busy", "cell edit mode"));
      await user.click(screen.getByRole("button", { name: "保存" }));
      expect(await screen.findByRole("alert")).toHaveTextContent("Excel 正处于单元格编辑状态");
      expect(box("企业总数")).toHaveValue("92");
      expect(screen.getByText("未保存（已存草稿）")).toBeInTheDocument();
    });

    it("names the sheet when it has gone", async () => {
      const user = userEvent.setup();
      const { port } = await openForm(smallIndicatorTemplate());
      port.sheets.splice(0, port.sheets.length);
      await user.click(screen.getByRole("button", { name: "读取" }));
      expect(await screen.findByRole("alert")).toHaveTextContent("找不到工作表“测试统计表”");
    });

    it("keeps text a clerk typed into a number field as typed", async () => {
      const user = userEvent.setup();
      const { port, plan } = await openForm(smallIndicatorTemplate());
      await user.type(box("企业总数"), "300余");
      await user.click(screen.getByRole("button", { name: "保存" }));
      await waitFor(() => expect(port.calls.writeCells).toHaveLength(1));
      expect(port.cell(SHEET, valueCell(plan, "total").row, 3)).toBe("300余");
      expect(box("复工率")).toHaveValue("");
    });
  });
});
