/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planSheet } from "../../../src/core/layout";
import type { ReportTemplate } from "../../../src/core/template";
import { App } from "../../../src/taskpane/App";
import { createDraftStore } from "../../../src/taskpane/drafts";
import type { BrowserHost, ExcelHost } from "../../../src/taskpane/host";
import { createForm } from "../../../src/app";
import { fakeFindingMarker } from "../../_support/fake-finding-marker";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

const templates: ReportTemplate[] = [smallIndicatorTemplate(), smallLedgerTemplate()];

/** Text as bytes and back, without TextEncoder (jsdom lacks it). */
const bytesOf = (text: string) => Uint8Array.from(Array.from(encodeURIComponent(text), (c) => c.charCodeAt(0)));
const textOf = (bytes: Uint8Array) => decodeURIComponent(String.fromCharCode(...bytes));

/** A browser host whose workbooks are fake ports; downloads are recorded. */
function fakeBrowserHost() {
  const ports: FakeWorkbookPort[] = [];
  const downloads: Array<{ fileName: string; bytes: Uint8Array }> = [];
  const host: BrowserHost = {
    mode: "browser",
    async createWorkbook() {
      const port = fakeWorkbookPort();
      ports.push(port);
      const toBytes = async () => bytesOf(JSON.stringify(port.sheets.map((s) => s.name)));
      return { id: `wb-${ports.length}`, port, marker: fakeFindingMarker(port), fileName: "新工作簿.xlsx", toBytes };
    },
    async openWorkbook(file) {
      throw new (await import("../../../src/workbook/workbook-error")).WorkbookError("legacy-xls", "old", { detail: { file: file.name } });
    },
    download: (bytes, fileName) => void downloads.push({ bytes, fileName }),
  };
  return { host, ports, downloads };
}

/** An Excel host over a fake port, whose active sheet the test switches. */
async function fakeExcelHost(port: FakeWorkbookPort, active: string) {
  let listener: ((name: string) => void) | undefined;
  const host: ExcelHost = {
    mode: "excel",
    port,
    workbookKey: "https://example/城关镇.xlsx",
    activeSheet: {
      current: async () => active,
      subscribe: async (next) => {
        listener = next;
        return () => (listener = undefined);
      },
    },
    marker: fakeFindingMarker(port),
    selectCell: jest.fn(async () => undefined),
    insertAtSelection: jest.fn(async () => undefined),
  };
  // Async act: the switch sets off reads (bindings, the new form's sheet) that settle inside it.
  return { host, activate: (name: string) => act(async () => listener?.(name)) };
}

/** A fake workbook with a report sheet made from each template, as the picker would leave it. */
async function workbookWithReports(): Promise<FakeWorkbookPort> {
  const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
  for (const template of templates) await createForm(port, template);
  return port;
}

// Fluent UI under jsdom is slow to warm up, and the machine's cores are shared.
jest.setTimeout(20_000);

/** The form of a report sheet is shown: its template's title as the heading and the sheet's name below. */
async function expectForm(title: string, sheet: string) {
  await screen.findByRole("heading", { name: title, level: 2 });
  expect(screen.getByText(`工作表“${sheet}”`)).toBeInTheDocument();
  // The form reads its sheet as it opens; settled when 保存 is enabled again.
  await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
}

beforeEach(() => window.localStorage.clear());

describe("App in the browser page", () => {
  it("creates a workbook, makes a report from a template, saves the form and downloads the workbook", async () => {
    const user = userEvent.setup();
    const { host, ports, downloads } = fakeBrowserHost();
    render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
    expect(screen.getByTestId("mode-badge")).toHaveTextContent("浏览器模式");
    expect(screen.getByRole("button", { name: "下载" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "新建工作簿" }));
    await screen.findByText("当前工作簿：新工作簿.xlsx");
    await screen.findByText(/工作簿中还没有由模板创建的报表，请先在上方选择模板并创建报表/);
    await user.click(screen.getByRole("combobox", { name: "模板" }));
    await user.click(await screen.findByRole("option", { name: /测试统计表/ }));
    await user.click(screen.getByRole("button", { name: "创建报表" }));

    await expectForm("测试统计表", "测试统计表");
    expect(screen.getByRole("combobox", { name: "报表工作表" })).toHaveTextContent("测试统计表");
    expect(screen.getByText("工作簿有尚未下载的修改。")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    await user.type(screen.getByRole("textbox", { name: "填报单位" }), "城关镇");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await screen.findByText(/已保存到工作表“测试统计表”/);
    const plan = planSheet(templates[0]);
    expect(ports[0].cell("测试统计表", plan.anchors.header.unit!.row, plan.anchors.header.unit!.col)).toBe("城关镇");

    await user.click(screen.getByRole("button", { name: "下载" }));
    await screen.findByText("已下载“新工作簿.xlsx”。");
    expect(downloads.map((d) => [d.fileName, textOf(d.bytes)])).toEqual([["新工作簿.xlsx", '["测试统计表"]']]);
    expect(screen.queryByText("工作簿有尚未下载的修改。")).not.toBeInTheDocument();
  });

  it("switches the form when the clerk chooses another report sheet", async () => {
    const user = userEvent.setup();
    const port = await workbookWithReports();
    const host: BrowserHost = {
      mode: "browser",
      createWorkbook: async () => ({ id: "wb-a", port, marker: fakeFindingMarker(port), fileName: "a.xlsx", toBytes: async () => new Uint8Array() }),
      openWorkbook: jest.fn(),
      download: jest.fn(),
    };
    render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
    await user.click(screen.getByRole("button", { name: "新建工作簿" }));
    // The first report sheet is chosen by itself.
    await expectForm("测试统计表", "测试统计表");
    await user.click(screen.getByRole("combobox", { name: "报表工作表" }));
    await user.click(await screen.findByRole("option", { name: "测试整改台账" }));
    await expectForm("测试整改台账", "测试整改台账");
    expect(screen.getByRole("button", { name: "添加一行" })).toBeInTheDocument();
  });

  describe("edge cases", () => {
    it("says why a file could not be opened, naming it", async () => {
      // A clerk can pick "all files" in the browser's dialog, whatever the input accepts.
      const user = userEvent.setup({ applyAccept: false });
      const { host } = fakeBrowserHost();
      render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
      const file = new File([new Uint8Array([0xd0, 0xcf])], "城关镇.xls");
      await user.upload(screen.getByTestId("open-workbook-input"), file);
      expect(await screen.findByRole("alert")).toHaveTextContent("“城关镇.xls”是旧版 .xls 格式");
    });
  });
});

describe("App in Excel", () => {
  it("follows the active sheet: each report sheet shows its own template's form", async () => {
    const port = await workbookWithReports();
    const { host, activate } = await fakeExcelHost(port, "测试统计表");
    render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
    expect(screen.getByTestId("mode-badge")).toHaveTextContent("Excel");
    await expectForm("测试统计表", "测试统计表");
    expect(screen.queryByRole("button", { name: "下载" })).not.toBeInTheDocument();

    await activate("测试整改台账");
    await expectForm("测试整改台账", "测试整改台账");

    await activate("Sheet1");
    await screen.findByText(/当前工作表“Sheet1”不是由模板创建的/);
    expect(screen.queryByRole("button", { name: "保存" })).not.toBeInTheDocument();
  });

  it("keeps a half-filled form when the pane closes and brings it back when it opens again", async () => {
    const user = userEvent.setup();
    const port = await workbookWithReports();
    const first = await fakeExcelHost(port, "测试统计表");
    const view = render(<App host={first.host} drafts={await createDraftStore()} templates={templates} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    await user.type(screen.getByRole("textbox", { name: "企业总数" }), "92");
    view.unmount();

    const second = await fakeExcelHost(port, "测试统计表");
    render(<App host={second.host} drafts={await createDraftStore()} templates={templates} />);
    await waitFor(() => expect(screen.getByRole("textbox", { name: "企业总数" })).toHaveValue("92"));
    expect(screen.getByText(/已恢复 .* 自动保存的草稿/)).toBeInTheDocument();
  });

  describe("edge cases", () => {
    it("rebuilds the form from the built-in template when the stored JSON is damaged", async () => {
      const port = fakeWorkbookPort();
      const { BUILTIN_TEMPLATES } = await import("../../../src/core/template");
      const supplies = BUILTIN_TEMPLATES.find((t) => t.id === "supplies")!;
      await port.createSheet(planSheet(supplies, { sheetName: "物资" }));
      await port.writeBinding({ sheetName: "物资", templateId: "supplies", templateVersion: "1.0.0", templateJson: "{damaged" });
      const { host } = await fakeExcelHost(port, "物资");
      render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
      await expectForm(supplies.title, "物资");
    });

    it("says so when a sheet's template can be had neither from the workbook nor the built-ins", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["旧表"] });
      await port.writeBinding({ sheetName: "旧表", templateId: "gone", templateVersion: "0.1", templateJson: "{}" });
      const { host } = await fakeExcelHost(port, "旧表");
      render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
      const hint = await screen.findByText(/工作表“旧表”记录的模板（gone）无法读取/);
      expect(within(hint.closest("[class*=fui-MessageBar]") as HTMLElement).getByText(/无法生成表单/)).toBeInTheDocument();
    });
  });
});
