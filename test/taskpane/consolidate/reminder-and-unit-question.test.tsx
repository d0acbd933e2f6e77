/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planRosterSheet, type UnitInput } from "../../../src/core/consolidate";
import { ConsolidateView, type UnitFileReader } from "../../../src/taskpane/consolidate";
import { addInForm, inputOf, rosterOf } from "../../_support/consolidate-factory";
import { dialogButton, dialogButtons, findAlertDialog, queryAlertDialog } from "../../_support/alert-dialog";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { smallIndicatorTemplate } from "../../_support/template-factory";

jest.setTimeout(30_000);

const template = smallIndicatorTemplate();
const PERIOD = "2020年2月20日24时";

/** A unit's file as the reader gives it: the form filled in with the 填报单位 `unit` (the file's own name by default). */
function unitFile(fileName: string, total: string, order: number, unit = fileName.replace(".xlsx", "")): UnitInput {
  const { sheet, binding } = addInForm(template, { unit, period: PERIOD }, { total });
  return inputOf(fileName, order, sheet, [binding]);
}

/** 城关镇 12 家, 东关街道 30 家, and 县卫健局.xlsx whose form still says 城关镇 (7 家). */
const FILES: Record<string, { total: string; unit?: string }> = {
  "城关镇.xlsx": { total: "12" },
  "东关街道.xlsx": { total: "30" },
  "县卫健局.xlsx": { total: "7", unit: "城关镇" },
};
const reader: UnitFileReader = async (fileName, _bytes, order) => unitFile(fileName, FILES[fileName].total, order, FILES[fileName].unit);

/** The open workbook in Excel, holding the 单位名录 the consolidation takes as its roster. */
async function workbookWithRoster(...units: string[]): Promise<FakeWorkbookPort> {
  const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
  await port.createSheet(planRosterSheet(rosterOf(...units)));
  return port;
}

/** Every cell's text of a sheet the summary wrote. */
const sheetText = (port: FakeWorkbookPort, name: string) =>
  port.sheets
    .find((s) => s.name === name)!
    .rows.flat()
    .filter((v) => v !== null && v !== undefined)
    .join(" ");

async function consolidate(port: FakeWorkbookPort, files: string[], props: { writeText?: (text: string) => Promise<void> } = {}) {
  const user = userEvent.setup();
  renderFluent(
    <ConsolidateView target={{ kind: "open-workbook", port, selectCell: async () => undefined }} templates={[template]} readFile={reader} {...props} />,
  );
  expect(await screen.findByRole("checkbox", { name: "使用本工作簿的“单位名录”工作表" })).toBeChecked();
  await user.upload(
    screen.getByTestId("consolidate-files-input"),
    files.map((name) => new File([name], name, { lastModified: 1 })),
  );
  await user.click(screen.getByRole("button", { name: "开始汇总" }));
  return user;
}

beforeEach(() => localStorage.clear());

describe("催报 in 汇总", () => {
  it("shows the notice naming the units still 未报, read-only, and copies it with 复制催报通知", async () => {
    const port = await workbookWithRoster("城关镇", "东关街道", "南湖乡", "北山镇");
    const writeText = jest.fn(async (_text: string) => undefined);
    const user = await consolidate(port, ["城关镇.xlsx", "东关街道.xlsx"], { writeText });
    const box = await screen.findByRole("textbox", { name: "催报通知" });
    const text = (box as HTMLTextAreaElement).value;
    expect(text.split("\n")).toEqual([`【催报】测试统计表（${PERIOD}）`, "以下 2 个单位尚未报送：南湖乡、北山镇。", "请尽快报送，谢谢！"]);
    expect(box).toHaveAttribute("readonly");
    // The view's primary action stays the one it is; copying is secondary.
    const copy = screen.getByRole("button", { name: "复制催报通知" });
    expect(copy.className).not.toMatch(/primary/i);
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith(text);
    expect(await screen.findByText("已复制催报通知，可粘贴到工作群。")).toBeInTheDocument();
  });

  it("uses the Clipboard API by default", async () => {
    const port = await workbookWithRoster("城关镇", "北山镇");
    const writeText = jest.fn(async (_text: string) => undefined);
    const user = await consolidate(port, ["城关镇.xlsx"]);
    // After user-event's setup, which puts a clipboard of its own on navigator.
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    try {
      await user.click(await screen.findByRole("button", { name: "复制催报通知" }));
      expect(writeText).toHaveBeenCalledWith(expect.stringContaining("以下 1 个单位尚未报送：北山镇。"));
    } finally {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    }
  });

  it("selects the notice and says to press Ctrl+C when the clipboard is refused", async () => {
    const port = await workbookWithRoster("城关镇", "北山镇");
    const user = await consolidate(port, ["城关镇.xlsx"], { writeText: async () => Promise.reject(new Error("NotAllowedError")) });
    const box = (await screen.findByRole("textbox", { name: "催报通知" })) as HTMLTextAreaElement;
    await user.click(screen.getByRole("button", { name: "复制催报通知" }));
    expect(await screen.findByText("未能写入剪贴板，通知已选中，请按 Ctrl+C 复制。")).toBeInTheDocument();
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it("shows no notice when every unit of the roster reported and every file was used", async () => {
    const port = await workbookWithRoster("城关镇", "东关街道");
    await consolidate(port, ["城关镇.xlsx", "东关街道.xlsx"]);
    await screen.findByRole("region", { name: "汇总结果" });
    expect(screen.queryByRole("textbox", { name: "催报通知" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "复制催报通知" })).not.toBeInTheDocument();
  });
});

describe("a 填报单位 that contradicts the file name", () => {
  it("asks, naming the file, sheet, cell and both units, with 不计入 the default", async () => {
    const port = await workbookWithRoster("城关镇", "县卫健局");
    await consolidate(port, ["城关镇.xlsx", "县卫健局.xlsx"]);
    const dialog = await findAlertDialog();
    expect(dialog).toHaveTextContent("填报单位与文件名不一致");
    expect(dialog).toHaveTextContent(/文件“县卫健局\.xlsx”工作表“测试统计表” [A-Z]+\d+ 填写的填报单位是“城关镇”（城关镇），文件名却是“县卫健局”/);
    expect(dialogButtons(dialog).map((b) => b.textContent)).toEqual(["不计入", "按表内填报单位计入“城关镇”", "按文件名计入“县卫健局”", "取消"]);
    // The dialog focuses its first button (ChoiceDialog): the safe answer, keeping the sheet apart.
    // Nothing is written while the question is open.
    expect(port.sheets.map((s) => s.name)).toEqual(["Sheet1", "单位名录"]);
  });

  it("counts the sheet for the unit the file name names when the clerk says so, and 审核情况 and 来源清单 say the clerk decided", async () => {
    const port = await workbookWithRoster("城关镇", "县卫健局");
    const user = await consolidate(port, ["城关镇.xlsx", "县卫健局.xlsx"]);
    await user.click(dialogButton(await findAlertDialog(), "按文件名计入“县卫健局”"));
    const result = await screen.findByRole("region", { name: "汇总结果" });
    expect(within(result).getByText("计入单位：2 个")).toBeInTheDocument();
    expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("企业总数合计：19家（2 个单位）");
    expect(sheetText(port, "审核情况")).toContain("单位由汇总人确认：填报单位“城关镇”与文件名“县卫健局.xlsx”所指不是同一单位，按文件名计入“县卫健局”");
    expect(sheetText(port, "来源清单")).toContain("汇总人确认");
    expect(queryAlertDialog()).not.toBeInTheDocument();
  });

  it("keeps the sheet apart by default: 城关镇's report stands, 县卫健局 is 未报 and its file is in the 催报", async () => {
    const port = await workbookWithRoster("城关镇", "县卫健局");
    const user = await consolidate(port, ["城关镇.xlsx", "县卫健局.xlsx"]);
    await user.click(dialogButton(await findAlertDialog(), "不计入"));
    const result = await screen.findByRole("region", { name: "汇总结果" });
    expect(within(result).getByText("计入单位：1 个")).toBeInTheDocument();
    expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("企业总数合计：12家（1 个单位）");
    // The line that names the file already says 该文件 after it, not the name again (nor "undefined").
    expect(within(result).getByText(/^未采用“县卫健局\.xlsx”/).textContent).toMatch(/^未采用“县卫健局\.xlsx”：该文件工作表“测试统计表”C3 的填报单位是“城关镇”/);
    const reminder = (screen.getByRole("textbox", { name: "催报通知" }) as HTMLTextAreaElement).value;
    expect(reminder).toContain("以下 1 个单位尚未报送：县卫健局。");
    expect(reminder).toMatch(/1\. 县卫健局\.xlsx：该文件工作表“测试统计表”/);
    expect(sheetText(port, "来源清单")).not.toContain("汇总人确认");
  });

  it("closing the question (取消) keeps the sheet apart too", async () => {
    const port = await workbookWithRoster("城关镇", "县卫健局");
    const user = await consolidate(port, ["城关镇.xlsx", "县卫健局.xlsx"]);
    await user.click(dialogButton(await findAlertDialog(), "取消"));
    const result = await screen.findByRole("region", { name: "汇总结果" });
    expect(within(result).getByText("计入单位：1 个")).toBeInTheDocument();
  });
});

describe("the summary's signature block", () => {
  it("writes 填表人 and 联系电话 into the 汇总表 and fills them in next time", async () => {
    const port = await workbookWithRoster("城关镇");
    const user = userEvent.setup();
    const view = renderFluent(<ConsolidateView target={{ kind: "open-workbook", port, selectCell: async () => undefined }} templates={[template]} readFile={reader} />);
    await user.type(screen.getByRole("textbox", { name: "填表人" }), "李华");
    await user.type(screen.getByRole("textbox", { name: "联系电话" }), "0371-66668888");
    await user.upload(screen.getByTestId("consolidate-files-input"), [new File(["x"], "城关镇.xlsx", { lastModified: 1 })]);
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    await screen.findByRole("region", { name: "汇总结果" });
    const total = sheetText(port, "汇总表");
    expect(total).toContain("李华");
    expect(total).toContain("0371-66668888");

    view.unmount();
    renderFluent(<ConsolidateView target={{ kind: "open-workbook", port, selectCell: async () => undefined }} templates={[template]} readFile={reader} />);
    expect(screen.getByRole("textbox", { name: "填表人" })).toHaveValue("李华");
    expect(screen.getByRole("textbox", { name: "联系电话" })).toHaveValue("0371-66668888");
  });
});
