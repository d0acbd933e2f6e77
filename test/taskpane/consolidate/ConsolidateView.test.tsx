/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planRosterSheet, type UnitInput } from "../../../src/core/consolidate";
import { ConsolidateView, type SummaryTarget, type UnitFileReader } from "../../../src/taskpane/consolidate";
import type { BrowserHost, ExcelHost } from "../../../src/taskpane/host";
import { addInForm, inputOf, rosterOf } from "../../_support/consolidate-factory";
import { fakeFindingMarker } from "../../_support/fake-finding-marker";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { reportWorkbook } from "../../_support/report-workbook";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { dialogButton, findAlertDialog } from "../../_support/alert-dialog";

// The real chart loads d3's ES modules, which Jest's CommonJS cannot; the e2e test draws the real one.
jest.setTimeout(30_000);

const template = smallIndicatorTemplate();
const templates = [smallLedgerTemplate(), template];
const PERIOD = "2020年2月20日24时";

/** Three units' files as the reader would give them: 城关镇 12 家, 东关街道 30 家, 南湖乡 a zero report. */
const UNITS: Record<string, Record<string, string>> = {
  "城关镇.xlsx": { total: "12", funds: "1.5" },
  "东关街道.xlsx": { total: "30", funds: "2" },
  "南湖乡.xlsx": { total: "0", funds: "0" },
};

function unitInput(fileName: string, values: Record<string, string>, order: number): UnitInput {
  const { sheet, binding } = addInForm(template, { unit: fileName.replace(".xlsx", ""), period: PERIOD }, values);
  return inputOf(fileName, order, sheet, [binding]);
}

/** A reader that gives each file only when the test lets it (`step`), so progress can be watched file by file. */
function steppedReader(extra: Record<string, UnitInput> = {}) {
  const waiting: Array<() => void> = [];
  const read: string[] = [];
  const reader: UnitFileReader = async (fileName, _bytes, order) => {
    await new Promise<void>((resolve) => waiting.push(resolve));
    read.push(fileName);
    return extra[fileName] ?? unitInput(fileName, UNITS[fileName], order);
  };
  const step = async () => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.shift()!();
  };
  return { reader, read, step, free: () => waiting.splice(0).forEach((go) => go()) };
}

/** A reader that gives every file at once. */
const instantReader: UnitFileReader = async (fileName, _bytes, order) => unitInput(fileName, UNITS[fileName], order);

const filesOf = (...names: string[]) => names.map((name) => new File([name], name, { lastModified: 1 }));

function browserHost() {
  const ports: FakeWorkbookPort[] = [];
  const host: BrowserHost = {
    mode: "browser",
    createWorkbook: jest.fn(async (fileName?: string) => {
      const port = fakeWorkbookPort();
      ports.push(port);
      return {
        id: `summary-${ports.length}`,
        port,
        marker: fakeFindingMarker(port),
        fileName: fileName ?? "新工作簿.xlsx",
        toBytes: async () => new Uint8Array([1, 2, 3]),
      };
    }),
    openWorkbook: jest.fn(),
    download: jest.fn(),
  };
  return { host, ports };
}

function excelHost(port: FakeWorkbookPort) {
  const selectCell = jest.fn(async () => undefined);
  const host: ExcelHost = {
    mode: "excel",
    port,
    workbookKey: "县汇总.xlsx",
    activeSheet: { current: async () => "Sheet1", subscribe: async () => () => undefined },
    marker: fakeFindingMarker(port),
    selectCell,
    insertAtSelection: jest.fn(async () => undefined),
  };
  return { host, selectCell };
}

/** What the workspace hands the view of a host: the open workbook to write into (Excel), or a new one to download. */
function targetOf(host: BrowserHost | ExcelHost): SummaryTarget {
  return host.mode === "excel"
    ? { kind: "open-workbook", port: host.port, selectCell: host.selectCell }
    : { kind: "new-workbook", createWorkbook: host.createWorkbook, download: host.download };
}

async function pickAndStart(reader: UnitFileReader, host: BrowserHost | ExcelHost, names = Object.keys(UNITS)) {
  const user = userEvent.setup();
  renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={reader} />);
  await user.upload(screen.getByTestId("consolidate-files-input"), filesOf(...names));
  await user.click(screen.getByRole("button", { name: "开始汇总" }));
  return user;
}

describe("ConsolidateView", () => {
  it("reads the files picked one by one with progress, then shows the result at a glance", async () => {
    const { host, ports } = browserHost();
    const stepped = steppedReader();
    const user = userEvent.setup();
    renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={stepped.reader} />);
    expect(screen.getByRole("button", { name: "开始汇总" })).toBeDisabled();
    await user.upload(screen.getByTestId("consolidate-files-input"), filesOf(...Object.keys(UNITS)));
    expect(within(screen.getByRole("list", { name: "已选文件" })).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByText("已选 3 个文件")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "开始汇总" }));

    expect(await screen.findByText("正在读取（1/3）：城关镇.xlsx")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    await stepped.step();
    expect(await screen.findByText("正在读取（2/3）：东关街道.xlsx")).toBeInTheDocument();
    await stepped.step();
    expect(await screen.findByText("正在读取（3/3）：南湖乡.xlsx")).toBeInTheDocument();
    await stepped.step();

    const result = await screen.findByRole("region", { name: "汇总结果" });
    expect(within(result).getByText(`测试统计表（${PERIOD}）`)).toBeInTheDocument();
    expect(within(result).getByText("收到文件：3 份")).toBeInTheDocument();
    expect(within(result).getByText("计入单位：3 个")).toBeInTheDocument();
    expect(within(result).getByText("未报单位：未提供单位名录，无法判断")).toBeInTheDocument();
    expect(within(result).getByText("重复报送：0 个")).toBeInTheDocument();
    expect(within(result).getByText("零报告：1 个（南湖乡）")).toBeInTheDocument();
    expect(within(result).getByText(/^审核发现：错误 \d+ 条、核实 \d+ 条、提示 \d+ 条/)).toBeInTheDocument();
    expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("企业总数合计：42家（3 个单位）");
    expect(await within(result).findAllByTestId("bar")).toHaveLength(3);
    // The chart is a picture: its figures are written in Chinese, and screen readers get them from the unit list.
    const chart = within(result).getByTestId("bar-chart");
    expect(chart).toHaveAttribute("aria-hidden", "true");
    expect(chart.textContent).not.toMatch(/[A-Za-z]/);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();

    // The summary went into a new workbook of its own, to download.
    expect(host.createWorkbook).toHaveBeenCalledWith("测试统计表汇总.xlsx");
    expect(ports[0].sheets.map((s) => s.name)).toEqual(["汇总表", "分单位明细", "未报单位", "审核情况", "来源清单", "综述", "_huibao_narrative"]);
    await user.click(within(result).getByRole("button", { name: "下载汇总工作簿" }));
    expect(host.download).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), "测试统计表汇总.xlsx");
  });

  it("chooses the indicator the chart shows, and highlights a unit clicked where there is no grid", async () => {
    const { host } = browserHost();
    const user = await pickAndStart(instantReader, host);
    const result = await screen.findByRole("region", { name: "汇总结果" });
    await user.click(within(result).getByRole("combobox", { name: "图示指标" }));
    await user.click(await screen.findByRole("option", { name: "应急资金" }));
    expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("应急资金合计：3.5万元（3 个单位）");
    const units = within(result).getByRole("list", { name: "各单位应急资金" });
    const east = within(units).getByRole("button", { name: /东关街道/ });
    await user.click(east);
    expect(east).toHaveAttribute("aria-current", "true");
    // A bar of the chart does the same.
    await user.click(
      within(result)
        .getAllByTestId("bar")
        .find((bar) => bar.dataset.unit === "城关镇")!,
    );
    expect(within(units).getByRole("button", { name: /城关镇/ })).toHaveAttribute("aria-current", "true");
    expect(east).not.toHaveAttribute("aria-current");
  });

  it("取消 stops the reading cleanly and writes nothing", async () => {
    const { host } = browserHost();
    const stepped = steppedReader();
    const user = await pickAndStart(stepped.reader, host);
    await screen.findByText("正在读取（1/3）：城关镇.xlsx");
    await user.click(screen.getByRole("button", { name: "取消" }));
    stepped.free();
    expect(await screen.findByText("已取消汇总，未写入任何内容。")).toBeInTheDocument();
    expect(stepped.read).toEqual(["城关镇.xlsx"]);
    expect(host.createWorkbook).not.toHaveBeenCalled();
    expect(screen.queryByRole("region", { name: "汇总结果" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始汇总" })).toBeEnabled();
  });

  // A dialog's buttons are found with `hidden: true`: under jsdom, tabster's modalizer marks the open
  // dialog itself aria-hidden after a moment (in Chromium it does not).
  describe("in Excel", () => {
    it("asks before using sheet names the workbook has; the default answer makes new sheets", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["汇总表"] });
      await port.writeCells("汇总表", [{ row: 0, col: 0, value: "上月的汇总" }]);
      const { host } = excelHost(port);
      const user = await pickAndStart(instantReader, host);
      const dialog = await findAlertDialog();
      expect(dialog).toHaveTextContent("工作表已存在");
      expect(dialog).toHaveTextContent("默认另建新表（汇总表(2)、分单位明细(2)、未报单位(2)、审核情况(2)、来源清单(2)、综述(2)）");
      expect(port.calls.createSheet).toEqual([]);
      await user.click(dialogButton(dialog, "另建新表"));

      expect(await screen.findByText("已写入工作表：汇总表(2)、分单位明细(2)、未报单位(2)、审核情况(2)、来源清单(2)、综述(2)")).toBeInTheDocument();
      expect(port.cell("汇总表", 0, 0)).toBe("上月的汇总");
      expect(port.bindings.map((b) => b.sheetName)).toEqual(["汇总表(2)"]);
    });

    it("writes nothing when the clerk cancels the question", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["分单位明细"] });
      const { host } = excelHost(port);
      const user = await pickAndStart(instantReader, host);
      const dialog = await findAlertDialog();
      await user.click(dialogButton(dialog, "取消"));
      expect(await screen.findByText("已取消汇总，未写入任何内容。")).toBeInTheDocument();
      expect(port.calls.createSheet).toEqual([]);
      expect(port.sheets.map((s) => s.name)).toEqual(["分单位明细"]);
    });

    it("replaces the sheets of the same name only when the clerk says so", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["汇总表"] });
      const { host } = excelHost(port);
      const user = await pickAndStart(instantReader, host);
      await user.click(dialogButton(await findAlertDialog(), "替换原表"));
      await screen.findByText("已写入工作表：汇总表、分单位明细、未报单位、审核情况、来源清单、综述");
      expect(port.calls.createSheet.every((c) => c.options?.replace)).toBe(true);
    });

    it("selects a unit's row of 分单位明细 through the host when the unit is clicked", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
      const { host, selectCell } = excelHost(port);
      const user = await pickAndStart(instantReader, host);
      const units = await screen.findByRole("list", { name: "各单位企业总数" });
      await user.click(within(units).getByRole("button", { name: /东关街道/ }));
      expect(selectCell).toHaveBeenCalledTimes(1);
      const [sheet, address] = selectCell.mock.calls[0] as unknown as [string, string];
      expect(sheet).toBe("分单位明细");
      const row = Number(/^A(\d+):[A-Z]+\1$/.exec(address)![1]) - 1;
      expect(port.cell("分单位明细", row, 1)).toBe("东关街道");
    });

    it("takes the workbook's 单位名录 sheet as the roster and its report sheets as inputs", async () => {
      const { port, sheet } = await reportWorkbook(
        template,
        { header: { unit: "西关街道", period: PERIOD }, values: { total: "5" } },
        { sheetName: "西关报来" },
      );
      await port.createSheet(planRosterSheet(rosterOf("城关镇", "东关街道", "南湖乡", "西关街道", "北山镇")));
      const { host } = excelHost(port);
      const user = userEvent.setup();
      renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={instantReader} />);
      expect(await screen.findByRole("checkbox", { name: "使用本工作簿的“单位名录”工作表" })).toBeChecked();
      await user.click(screen.getByRole("checkbox", { name: sheet }));
      await user.upload(screen.getByTestId("consolidate-files-input"), filesOf(...Object.keys(UNITS)));
      await user.click(screen.getByRole("button", { name: "开始汇总" }));
      const result = await screen.findByRole("region", { name: "汇总结果" });
      expect(within(result).getByText("计入单位：4 个")).toBeInTheDocument();
      expect(within(result).getByText("未报单位：1 个（北山镇）")).toBeInTheDocument();
      expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("企业总数合计：47家（4 个单位）");
    });
  });

  describe("edge cases", () => {
    it("counts a file that cannot be read as not used, with its reason", async () => {
      const { host } = browserHost();
      const broken: UnitInput = {
        fileName: "北山镇.xls",
        order: 0,
        error: { code: "legacy-xls", message: "“北山镇.xls”是旧版 .xls 格式" },
      };
      const reader: UnitFileReader = async (fileName, bytes, order) =>
        fileName === "北山镇.xls" ? broken : instantReader(fileName, bytes, order);
      const user = userEvent.setup({ applyAccept: false });
      renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={reader} />);
      await user.upload(screen.getByTestId("consolidate-files-input"), filesOf("城关镇.xlsx", "北山镇.xls"));
      await user.click(screen.getByRole("button", { name: "开始汇总" }));
      const result = await screen.findByRole("region", { name: "汇总结果" });
      expect(within(result).getByText("收到文件：2 份，其中 1 份未采用")).toBeInTheDocument();
      expect(within(result).getByText(/^未采用“北山镇\.xls”：.*旧版 \.xls 格式/)).toBeInTheDocument();
    });

    it("names a rejected file once, in the line that says it was not used", async () => {
      const { host } = browserHost();
      // As the page's reader reports an .xls: the problem names its file, as it must when it stands alone.
      const xls: UnitInput = { fileName: "北山镇.xls", order: 0, error: { code: "legacy-xls", problem: { code: "intake.legacy-xls", params: { file: "北山镇.xls" } } } };
      const reader: UnitFileReader = async (fileName, bytes, order) => (fileName === "北山镇.xls" ? xls : instantReader(fileName, bytes, order));
      const user = userEvent.setup({ applyAccept: false });
      renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={reader} />);
      await user.upload(screen.getByTestId("consolidate-files-input"), filesOf("城关镇.xlsx", "北山镇.xls"));
      await user.click(screen.getByRole("button", { name: "开始汇总" }));
      const result = await screen.findByRole("region", { name: "汇总结果" });
      const line = within(result).getByText(/^未采用“北山镇\.xls”/);
      expect(line).toHaveTextContent("未采用“北山镇.xls”：该文件是旧版 Excel 97-2003 格式（.xls），无法直接读取。");
      expect(line.textContent!.split("北山镇").length - 1).toBe(1);
    });

    it("counts the units that filled an indicator out of the units counted in, so the two figures agree", async () => {
      const { host } = browserHost();
      const reader: UnitFileReader = async (fileName, _bytes, order) =>
        unitInput(fileName, fileName === "南湖乡.xlsx" ? { total: "5" } : UNITS[fileName]!, order);
      await pickAndStart(reader, host);
      const result = await screen.findByRole("region", { name: "汇总结果" });
      expect(within(result).getByText("计入单位：3 个")).toBeInTheDocument();
      await userEvent.setup().click(within(result).getByRole("combobox", { name: "图示指标" }));
      await userEvent.setup().click(await screen.findByRole("option", { name: "应急资金" }));
      // 南湖乡 left 应急资金 blank: 3 units counted in, 2 of them filled it — not "（2 个单位）" beside "计入单位：3 个".
      expect(within(result).getByTestId("consolidate-total")).toHaveTextContent("应急资金合计：3.5万元（3 个单位中 2 个填报）");
    });

    it("takes files dropped on the zone, each once, and lets one be removed", async () => {
      const { host } = browserHost();
      const user = userEvent.setup();
      renderFluent(<ConsolidateView target={targetOf(host)} templates={templates} readFile={instantReader} />);
      const [city, east] = filesOf("城关镇.xlsx", "东关街道.xlsx");
      fireEvent.drop(screen.getByTestId("consolidate-drop-zone"), { dataTransfer: { files: [city, east, city] } });
      fireEvent.drop(screen.getByTestId("consolidate-drop-zone"), { dataTransfer: { files: [east] } });
      expect(screen.getByText("已选 2 个文件")).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "移除“城关镇.xlsx”" }));
      expect(screen.getByText("已选 1 个文件")).toBeInTheDocument();
      expect(screen.queryByText("城关镇.xlsx")).not.toBeInTheDocument();
    });

    it("says why when no file holds a known form, writing nothing", async () => {
      const { host } = browserHost();
      const reader: UnitFileReader = async (fileName, _bytes, order) =>
        inputOf(fileName, order, { name: "Sheet1", visibility: "visible", rows: [["随便写的表"]], merges: [] });
      await pickAndStart(reader, host, ["杂表.xlsx"]);
      expect(await screen.findByText("没有一份文件能识别为已知表式，请在“表式”中指定，或检查所选文件。")).toBeInTheDocument();
      expect(host.createWorkbook).not.toHaveBeenCalled();
    });

    it("names the sheets already made when writing into Excel fails half-way", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
      const create = port.createSheet.bind(port);
      let calls = 0;
      port.createSheet = async (plan, options) => {
        if (++calls === 2) throw new Error("网络中断");
        return create(plan, options);
      };
      const { host } = excelHost(port);
      await pickAndStart(instantReader, host);
      expect(await screen.findByRole("alert")).toHaveTextContent(
        "写入汇总结果时出错：操作未能完成：网络中断 已新建的工作表：汇总表，可在 Excel 中手动删除后重试。",
      );
    });
  });
});
