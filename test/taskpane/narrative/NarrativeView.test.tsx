/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ConsolidationResult } from "../../../src/core/consolidate";
import { defaultNarrativeFor } from "../../../src/core/narrative";
import type { ReportTemplate } from "../../../src/core/template";
import { NarrativeView, type NarrativeViewProps } from "../../../src/taskpane/narrative";
import { narrativeLinesKey } from "../../../src/taskpane/narrative/narrative-lines-store";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { smallIndicatorTemplate } from "../../_support/template-factory";
import { summaryWorkbook, unitFormWorkbook } from "../../_support/summary-workbook";
import { dialogButton, dialogButtons, findAlertDialog } from "../../_support/alert-dialog";

const template = smallIndicatorTemplate();
const DELAY = 40;

// Fluent UI under jsdom is slow to warm up, and the machine's cores are shared.
jest.setTimeout(30_000);

beforeEach(() => window.localStorage.clear());

/** The view over a port, its first read done. */
async function openView(port: FakeWorkbookPort, props: Partial<NarrativeViewProps> = {}, templates: readonly ReportTemplate[] = [template]) {
  renderFluent(<NarrativeView port={port} templates={templates} previewDelayMs={DELAY} {...props} />);
  await waitFor(() => expect(screen.queryByText("正在读取工作簿中的汇总表…")).toBeNull());
}

/** The preview's words (without the ▲ ▼ pictures). */
const paragraph = () => (screen.queryByTestId("narrative-paragraph")?.textContent ?? "").replace(/[▲▼]/g, "");
const editor = () => screen.getByRole("textbox", { name: "综述句式" }) as HTMLTextAreaElement;
const figure = (result: ConsolidationResult, key: string) => result.totals.find((t) => t.key === key)!.value!;
/**
 * The replace-or-rename question. Under jsdom, Fluent's focus manager (tabster) now and then marks an
 * open dialog aria-hidden when it opens within the click that asked for it (no layout, so it finds no
 * focusable button and deactivates the modal): the dialog is looked up including hidden elements.
 */
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe("NarrativeView", () => {
  it("shows the summary's paragraph with its figures emphasised", async () => {
    const { port, result } = summaryWorkbook(template);
    await openView(port);
    const text = paragraph();
    expect(text).toContain(`企业总数${figure(result, "total")}家`);
    expect(text).toContain(`应急资金${figure(result, "funds")}万元`);
    expect(text).toContain("西城街道未报送");
    expect(within(screen.getByTestId("narrative-paragraph")).getByText(`${figure(result, "total")}家`).tagName).toBe("STRONG");
    expect(editor().value).toBe(defaultNarrativeFor(template).join("\n"));
  });

  it("updates the preview as a line is edited, and keeps the lines for the template", async () => {
    const { port, result } = summaryWorkbook(template);
    await openView(port);
    fireEvent.change(editor(), { target: { value: "企业共{total}，已复工{resumed}" } });
    await waitFor(() => expect(paragraph()).toBe(`企业共${figure(result, "total")}家，已复工${figure(result, "resumed")}家。`));
    expect(JSON.parse(window.localStorage.getItem(narrativeLinesKey("small"))!)).toEqual(["企业共{total}，已复工{resumed}"]);
  });

  it("names an unknown slot with its line and column, and still writes the other lines", async () => {
    const { port, result } = summaryWorkbook(template);
    await openView(port);
    fireEvent.change(editor(), { target: { value: "企业共{total}\n资金{fundz}\n应急资金{funds}" } });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("句式有 1 处问题");
    expect(alert).toHaveTextContent("第2行第4列");
    expect(alert).toHaveTextContent("fundz");
    expect(paragraph()).toBe(`企业共${figure(result, "total")}家。应急资金${figure(result, "funds")}万元。`);
  });

  it("does not update the preview while an IME is composing, and does once it is done", async () => {
    const { port, result } = summaryWorkbook(template);
    await openView(port);
    const before = paragraph();
    fireEvent.compositionStart(editor());
    fireEvent.change(editor(), { target: { value: "企业共{total}qiye" } });
    await pause(DELAY * 5);
    expect(paragraph()).toBe(before);
    fireEvent.change(editor(), { target: { value: "企业共{total}企业" } });
    fireEvent.compositionEnd(editor());
    await waitFor(() => expect(paragraph()).toBe(`企业共${figure(result, "total")}家企业。`));
  });

  it("leaves a rate past 100% out of the paragraph and tells it among the data notices", async () => {
    const { port } = summaryWorkbook(template, { units: { 城关镇: { total: "10", big: "4", small: "6", resumed: "12", funds: "1" } } });
    await openView(port);
    expect(paragraph()).toContain("已复工12家");
    expect(paragraph()).not.toMatch(/120%/);
    expect(screen.getByText("数据提示：")).toBeInTheDocument();
    expect(screen.getByText(/提示：“复工率”汇总为 120%，超过 100%，未写入综述/)).toBeInTheDocument();
  });

  it("writes the paragraph to a new 综述 sheet", async () => {
    const { port } = summaryWorkbook(template);
    const onChanged = jest.fn();
    await openView(port, { onChanged });
    const shown = paragraph();
    await userEvent.setup().click(screen.getByRole("button", { name: "写入综述表" }));
    await screen.findByText("综述已写入工作表“综述”。");
    expect(port.calls.createSheet).toHaveLength(1);
    const { plan, options } = port.calls.createSheet[0]!;
    expect(plan.sheetName).toBe("综述");
    expect(options?.replace).toBe(false);
    expect(plan.cells.map((c) => c.value)).toContain(shown);
    expect(plan.cells.map((c) => c.value)).toContain("测试统计表综述");
    expect(onChanged).toHaveBeenCalled();
  });

  it("asks before replacing a 综述 sheet, writing 综述(2) by default", async () => {
    const { port } = summaryWorkbook(template, { narrativeSheet: true });
    const before = port.sheets.find((s) => s.name === "综述")!.rows;
    await openView(port);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "写入综述表" }));
    const dialog = await findAlertDialog();
    expect(dialog).toHaveTextContent("已有“综述”工作表");
    expect(port.calls.createSheet).toHaveLength(0);
    const rename = dialogButton(dialog, "写入新表“综述(2)”");
    // The default answer comes first, where the dialog puts the focus: Enter keeps the clerk's sheet.
    expect(dialogButtons(dialog)[0]).toBe(rename);
    await user.click(rename);
    await screen.findByText("综述已写入工作表“综述(2)”。");
    expect(port.calls.createSheet.map((c) => [c.plan.sheetName, c.options?.replace])).toEqual([["综述(2)", false]]);
    expect(port.sheets.find((s) => s.name === "综述")!.rows).toEqual(before);
  });

  it("replaces the 综述 sheet when the clerk says so", async () => {
    const { port, result } = summaryWorkbook(template, { narrativeSheet: true });
    await openView(port);
    const user = userEvent.setup();
    fireEvent.change(editor(), { target: { value: "企业共{total}" } });
    await user.click(screen.getByRole("button", { name: "写入综述表" }));
    await user.click(dialogButton(await findAlertDialog(), "替换原表"));
    await screen.findByText("综述已写入工作表“综述”。");
    expect(port.calls.createSheet.map((c) => [c.plan.sheetName, c.options?.replace])).toEqual([["综述", true]]);
    // What was typed a moment ago is written, even within the preview's pause.
    expect(port.calls.createSheet[0]!.plan.cells.map((c) => c.value)).toContain(`企业共${figure(result, "total")}家。`);
  });

  it("copies the plain text and says 已复制", async () => {
    const { port } = summaryWorkbook(template);
    const copyText = jest.fn(async () => undefined);
    await openView(port, { copyText });
    const shown = paragraph();
    await userEvent.setup().click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText(/已复制/);
    expect(copyText).toHaveBeenCalledWith(shown);
  });

  it("inserts the plain text at the selected cell where the host can", async () => {
    const { port } = summaryWorkbook(template);
    const insertAtSelection = jest.fn(async () => undefined);
    await openView(port, { insertAtSelection });
    const shown = paragraph();
    await userEvent.setup().click(screen.getByRole("button", { name: "插入到选中单元格" }));
    await screen.findByText("综述已插入到选中单元格。");
    expect(insertAtSelection).toHaveBeenCalledWith(shown);
  });

  it("opens the 辖区 typed into the paragraph", async () => {
    const { port } = summaryWorkbook(template);
    await openView(port);
    fireEvent.change(screen.getByRole("textbox", { name: "辖区" }), { target: { value: "全县" } });
    await waitFor(() => expect(paragraph()).toMatch(/^截至2月20日24时，全县3个单位中已报送2个/));
    expect(window.localStorage.getItem("huibao:narrative-region")).toBe("全县");
  });

  it("restores the default lines and forgets the edited ones", async () => {
    const { port, result } = summaryWorkbook(template);
    window.localStorage.setItem(narrativeLinesKey("small"), JSON.stringify(["企业共{total}"]));
    await openView(port);
    expect(editor().value).toBe("企业共{total}");
    expect(paragraph()).toBe(`企业共${figure(result, "total")}家。`);
    await userEvent.setup().click(screen.getByRole("button", { name: "恢复默认" }));
    expect(editor().value).toBe(defaultNarrativeFor(template).join("\n"));
    await waitFor(() => expect(window.localStorage.getItem(narrativeLinesKey("small"))).toBeNull());
    expect(screen.getByRole("button", { name: "恢复默认" })).toBeDisabled();
  });

  it("lets the clerk pick among several summaries, each with its own lines", async () => {
    const { port, result } = summaryWorkbook(template);
    const other = smallIndicatorTemplate({ id: "other", title: "乙统计表" });
    summaryWorkbook(other, { port, sheetSuffix: "(2)", units: { 城关镇: { total: "7", big: "7", small: "0", resumed: "7", funds: "1" } } });
    window.localStorage.setItem(narrativeLinesKey("other"), JSON.stringify(["乙表企业{total}"]));
    await openView(port, {}, [template, other]);
    expect(paragraph()).toContain(`企业总数${figure(result, "total")}家`);
    const user = userEvent.setup();
    await user.click(screen.getByRole("combobox", { name: "汇总表" }));
    await user.click(await screen.findByRole("option", { name: "汇总表(2)（乙统计表）" }));
    await waitFor(() => expect(paragraph()).toBe("乙表企业7家。"));
    expect(editor().value).toBe("乙表企业{total}");
  });

  describe("edge cases", () => {
    it("says to consolidate first when the workbook holds no summary", async () => {
      await openView(unitFormWorkbook(template));
      expect(screen.getByText(/先汇总，再生成综述/)).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "写入综述表" })).toBeNull();
    });

    it("finds a summary written after 重新读取", async () => {
      const port = fakeWorkbookPort();
      await openView(port);
      expect(screen.getByText(/先汇总，再生成综述/)).toBeInTheDocument();
      const { result } = summaryWorkbook(template, { port });
      await userEvent.setup().click(screen.getByRole("button", { name: "重新读取" }));
      await waitFor(() => expect(paragraph()).toContain(`企业总数${figure(result, "total")}家`));
    });

    it("writes nothing when every line has a mistake, and says why", async () => {
      const { port } = summaryWorkbook(template);
      await openView(port);
      fireEvent.change(editor(), { target: { value: "{nosuch}" } });
      await screen.findByRole("alert");
      await userEvent.setup().click(screen.getByRole("button", { name: "写入综述表" }));
      await screen.findByText(/综述为空/);
      expect(port.calls.createSheet).toHaveLength(0);
    });

    it("leaves the 综述 sheet alone when the question is cancelled", async () => {
      const { port } = summaryWorkbook(template, { narrativeSheet: true });
      await openView(port);
      const user = userEvent.setup();
      await user.click(screen.getByRole("button", { name: "写入综述表" }));
      await user.click(dialogButton(await findAlertDialog(), "取消"));
      await screen.findByText("未写入综述表。");
      expect(port.calls.createSheet).toHaveLength(0);
    });

    it("says in Chinese when copying failed", async () => {
      const { port } = summaryWorkbook(template);
      await openView(port, { copyText: async () => Promise.reject(new Error("浏览器不允许复制")) });
      await userEvent.setup().click(screen.getByRole("button", { name: "复制" }));
      await screen.findByText(/未能复制到剪贴板（浏览器不允许复制）/);
    });

    it("names the sheet when writing failed", async () => {
      const { port } = summaryWorkbook(template);
      await openView(port);
      const { WorkbookError } = await import("../../../src/workbook/workbook-error");
      port.failNext("createSheet", new WorkbookError("sheet-not-found", "gone", { detail: {} }));
      await userEvent.setup().click(screen.getByRole("button", { name: "写入综述表" }));
      expect(await screen.findByText("找不到工作表“综述”，它可能已被删除或改名。")).toBeInTheDocument();
    });
  });
});
