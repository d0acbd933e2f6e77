/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReportTemplate } from "../../../src/core/template";
import { App } from "../../../src/taskpane/App";
import { createDraftStore } from "../../../src/taskpane/drafts";
import type { BrowserHost, ExcelHost } from "../../../src/taskpane/host";
import { fakeFindingMarker, type FakeFindingMarker } from "../../_support/fake-finding-marker";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { reportWorkbook } from "../../_support/report-workbook";
import { smallIndicatorTemplate } from "../../_support/template-factory";

jest.setTimeout(40_000);

const templates: ReportTemplate[] = [smallIndicatorTemplate()];

beforeEach(() => window.localStorage.clear());

describe("the 审核 tab of the App", () => {
  it("audits the report filled in the browser page, and the marks make the workbook need downloading", async () => {
    const user = userEvent.setup();
    const markers: FakeFindingMarker[] = [];
    const host: BrowserHost = {
      mode: "browser",
      async createWorkbook() {
        const port = fakeWorkbookPort();
        const marker = fakeFindingMarker(port);
        markers.push(marker);
        return { id: `wb-${markers.length}`, port, marker, fileName: "新工作簿.xlsx", toBytes: async () => new Uint8Array() };
      },
      openWorkbook: jest.fn(),
      download: jest.fn(),
    };
    render(<App host={host} drafts={await createDraftStore({ preferHelpers: false })} templates={templates} />);
    expect(screen.getByRole("tab", { name: "填报" })).toHaveAttribute("aria-selected", "true");

    await user.click(screen.getByRole("tab", { name: "审核" }));
    expect(screen.getByText("请先在“填报”中新建工作簿或打开 .xlsx 文件，再进行审核。")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "填报" }));
    await user.click(screen.getByRole("button", { name: "新建工作簿" }));
    await user.click(await screen.findByRole("combobox", { name: "模板" }));
    await user.click(await screen.findByRole("option", { name: /测试统计表/ }));
    await user.click(screen.getByRole("button", { name: "创建报表" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    await user.type(screen.getByRole("textbox", { name: "企业总数" }), "xx");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText(/已保存到工作表“测试统计表”/);
    await user.click(screen.getByRole("button", { name: "下载" }));
    await screen.findByText("已下载“新工作簿.xlsx”。");

    await user.click(screen.getByRole("tab", { name: "审核" }));
    expect(screen.getByRole("radio", { name: "当前工作表“测试统计表”" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "审核" }));
    const errors = await screen.findByRole("region", { name: /^错误/ });
    expect(within(errors).getByText("「企业总数」填的是占位符“xx”，请填写实际数值")).toBeInTheDocument();
    expect(markers[0].calls.mark.map((c) => c.sheet)).toEqual(["测试统计表"]);
    expect(screen.getByText("工作簿有尚未下载的修改。")).toBeInTheDocument();

    // The findings are still there after a look at another tab.
    await user.click(screen.getByRole("tab", { name: "汇总" }));
    expect(screen.queryByRole("button", { name: "下载" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始汇总" })).toBeDisabled();
    await user.click(screen.getByRole("tab", { name: "审核" }));
    expect(screen.getByRole("region", { name: /^错误/ })).toBeVisible();
  });

  describe("edge cases", () => {
    it("in Excel, audits the active sheet and takes the clerk to a finding's cell", async () => {
      const user = userEvent.setup();
      const { port, sheet } = await reportWorkbook(templates[0], { values: { total: "xx" } });
      const selectCell = jest.fn(async () => undefined);
      const host: ExcelHost = {
        mode: "excel",
        port,
        workbookKey: "城关镇.xlsx",
        activeSheet: { current: async () => sheet, subscribe: async () => () => undefined },
        marker: fakeFindingMarker(port),
        selectCell,
        insertAtSelection: jest.fn(async () => undefined),
      };
      render(<App host={host} drafts={await createDraftStore({ preferHelpers: false })} templates={templates} />);
      await user.click(screen.getByRole("tab", { name: "审核" }));
      await user.click(await screen.findByRole("radio", { name: `当前工作表“${sheet}”` }));
      await user.click(screen.getByRole("button", { name: "审核" }));
      await user.click(await screen.findByRole("button", { name: /占位符“xx”/ }));
      expect(selectCell).toHaveBeenCalledWith(sheet, expect.stringMatching(/^D\d+$/));
    });
  });
});
