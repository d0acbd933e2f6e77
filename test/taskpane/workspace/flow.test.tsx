/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReportTemplate } from "../../../src/core/template";
import { App } from "../../../src/taskpane/App";
import { createDraftStore, memoryPageWorkbookStore } from "../../../src/taskpane/drafts";
import type { BrowserHost, BrowserWorkbook, ExcelHost } from "../../../src/taskpane/host";
import { dialogButton, findAlertDialog } from "../../_support/alert-dialog";
import { fakeFindingMarker } from "../../_support/fake-finding-marker";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { summaryWorkbook } from "../../_support/summary-workbook";
import { smallIndicatorTemplate } from "../../_support/template-factory";

/**
 * One flow through the pane's tabs, nothing lost between them: drafts kept under the workbook's own
 * id, the page's workbook kept until downloaded, 审核 of what the form shows, a summary known for
 * what it is and handed to 综述, tabs tied to their panels.
 */
const template = smallIndicatorTemplate();
const templates: ReportTemplate[] = [template];

// Fluent UI under jsdom is slow, and these walk through several views on shared cores.
jest.setTimeout(60_000);
/** A wait for what the pane does after a read, on a machine whose cores are shared. */
const SLOW = { timeout: 10_000 };
beforeEach(() => window.localStorage.clear());

/** A browser host whose every new workbook has the same file name (as 汇报通工作簿.xlsx does) but an id of its own. */
function browserHost(open?: (name: string) => FakeWorkbookPort) {
  const made: BrowserWorkbook[] = [];
  const book = (port: FakeWorkbookPort, fileName: string): BrowserWorkbook => ({
    id: `wb-${made.length + 1}`,
    port,
    marker: fakeFindingMarker(port),
    fileName,
    toBytes: async () => new Uint8Array([made.length]),
  });
  const host: BrowserHost = {
    mode: "browser",
    async createWorkbook(fileName) {
      const created = book(fakeWorkbookPort(), fileName ?? "汇报通工作簿.xlsx");
      made.push(created);
      return created;
    },
    async openWorkbook(file) {
      const opened = book(open ? open(file.name) : fakeWorkbookPort(), file.name);
      made.push(opened);
      return opened;
    },
    download: jest.fn(),
  };
  return { host, made };
}

/** Excel with the test form's sheet active, over a fake port. */
function excelHost(port: FakeWorkbookPort, workbookKey: string): ExcelHost {
  return {
    mode: "excel",
    port,
    workbookKey,
    activeSheet: { current: async () => "测试统计表", subscribe: async () => () => undefined },
    marker: fakeFindingMarker(port),
    selectCell: jest.fn(async () => undefined),
    insertAtSelection: jest.fn(async () => undefined),
  };
}

async function createReport(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "新建工作簿" }));
  await user.click(await screen.findByRole("combobox", { name: "模板" }));
  await user.click(await screen.findByRole("option", { name: /测试统计表/ }));
  await user.click(screen.getByRole("button", { name: "创建报表" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
}

/** The browser page with a report made and the placeholder xx typed into 企业总数, not saved. */
async function reportWithPlaceholder() {
  const user = userEvent.setup();
  render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
  await createReport(user);
  await user.type(screen.getByRole("textbox", { name: "企业总数" }), "xx");
  return user;
}

describe("the pane's tabs", () => {
  it("ties each tab to its panel, and shows the selected panel only", async () => {
    const user = userEvent.setup();
    render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
    for (const name of ["审核", "汇总", "综述", "填报"]) await user.click(screen.getByRole("tab", { name }));
    const panels = screen.getAllByRole("tabpanel", { hidden: true });
    expect(panels.length).toBeGreaterThan(1);
    for (const panel of panels) {
      const tab = document.getElementById(panel.getAttribute("aria-labelledby") ?? "");
      expect(tab).toHaveAttribute("role", "tab");
      expect(tab).toHaveAttribute("aria-controls", panel.id);
    }
    expect(screen.getAllByRole("tabpanel").map((p) => p.dataset.tab)).toEqual(["fill"]);
  });

  it("says in 综述's own words what to do when there is no workbook yet", async () => {
    const user = userEvent.setup();
    render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
    await user.click(screen.getByRole("tab", { name: "综述" }));
    const panel = screen.getByRole("tabpanel");
    expect(within(panel).getByText(/在“汇总”中汇总各单位的报表/)).toBeInTheDocument();
    expect(within(panel).queryByText(/审核/)).toBeNull();
  });
});

describe("drafts", () => {
  it("never pour into another new workbook of the same file name", async () => {
    const user = userEvent.setup();
    const { host } = browserHost();
    render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
    await createReport(user);
    await user.type(screen.getByRole("textbox", { name: "企业总数" }), "92");
    // The draft is written a moment after typing stops.
    await waitFor(() => expect(Object.keys(window.localStorage).some((k) => k.startsWith("@huibao-drafts/"))).toBe(true));
    await user.click(screen.getByRole("button", { name: "新建工作簿" }));
    // The first workbook has changes not downloaded: the pane asks before letting it go.
    const dialog = await findAlertDialog();
    expect(within(dialog).getByText(/“汇报通工作簿.xlsx”尚未下载/)).toBeInTheDocument();
    await user.click(dialogButton(dialog, "不下载，直接打开"));
    await user.click(await screen.findByRole("combobox", { name: "模板" }));
    await user.click(await screen.findByRole("option", { name: /测试统计表/ }));
    await user.click(screen.getByRole("button", { name: "创建报表" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    expect(screen.getByRole("textbox", { name: "企业总数" })).toHaveValue("");
    expect(screen.queryByText(/自动保存的草稿/)).toBeNull();
  });

  it("come back for the same workbook under another file name, announced above the form", async () => {
    const user = userEvent.setup();
    const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
    const excel = (url: string): ExcelHost => ({ ...excelHost(port, "id-kept-in-the-workbook"), ...({ url } as object) });
    const { createForm } = await import("../../../src/app");
    await createForm(port, template);
    const first = render(<App host={excel("a.xlsx")} drafts={await createDraftStore()} templates={templates} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    await user.type(screen.getByRole("textbox", { name: "企业总数" }), "92");
    first.unmount();
    render(<App host={excel("renamed.xlsx")} drafts={await createDraftStore()} templates={templates} />);
    await waitFor(() => expect(screen.getByRole("textbox", { name: "企业总数" })).toHaveValue("92"));
    const notice = screen.getByText(/已恢复 .* 自动保存的草稿/);
    const firstField = screen.getAllByRole("textbox")[0];
    expect(notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe("the browser page's workbook", () => {
  it("is kept until downloaded and comes back when the page opens again, said at the top", async () => {
    const user = userEvent.setup();
    const keep = memoryPageWorkbookStore();
    const ports: FakeWorkbookPort[] = [];
    const first = browserHost();
    const view = render(<App host={first.host} drafts={await createDraftStore()} keep={keep} templates={templates} />);
    await createReport(user);
    await waitFor(async () => expect(await keep.load()).toMatchObject({ fileName: "汇报通工作簿.xlsx" }));
    view.unmount();

    // The page opens again: the kept bytes are opened as the workbook.
    const second = browserHost((name) => {
      const port = first.made[0].port as FakeWorkbookPort;
      ports.push(port);
      expect(name).toBe("汇报通工作簿.xlsx");
      return port;
    });
    render(<App host={second.host} drafts={await createDraftStore()} keep={keep} templates={templates} />);
    const restored = await screen.findByText(/已恢复上次未下载的工作簿“汇报通工作簿.xlsx”/);
    expect(ports).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
    expect(restored.compareDocumentPosition(screen.getByRole("button", { name: "新建工作簿" })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "下载" }));
    await waitFor(async () => expect(await keep.load()).toBeUndefined());
  });

  it("asks before the page is left with changes not downloaded", async () => {
    const user = userEvent.setup();
    render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
    await createReport(user);
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe("审核 of what the form shows", () => {
  it("saves the form's unsaved changes first and says so, so a placeholder typed is found", async () => {
    const user = await reportWithPlaceholder();
    await waitFor(() => expect(Object.keys(window.localStorage).some((k) => k.startsWith("@huibao-drafts/"))).toBe(true));
    await user.click(screen.getByRole("tab", { name: "审核" }));
    expect(await screen.findByText(/“填报”中有未保存的修改（“测试统计表”）/)).toBeInTheDocument();
    await user.click(within(screen.getByRole("tabpanel")).getByRole("button", { name: "审核" }));
    const errors = await screen.findByRole("region", { name: /^错误/ });
    expect(within(errors).getByText("「企业总数」填的是占位符“xx”，请填写实际数值")).toBeInTheDocument();
    const notice = screen.getByText(/已先把“填报”中未保存的修改保存到“测试统计表”/);
    // The result takes the focus, so the clerk (and a screen reader) lands on it.
    expect(notice.closest("[role=status]")).toContainElement(document.activeElement as HTMLElement);
  });
});

describe("a summary workbook", () => {
  it("is shown in 填报 as a summary, not a unit's form, with 生成综述 going to 综述", async () => {
    const user = userEvent.setup();
    const { port } = summaryWorkbook(template);
    render(<App host={browserHost(() => port).host} drafts={await createDraftStore()} templates={templates} />);
    const input = screen.getByTestId("open-workbook-input");
    await user.upload(input, new File(["x"], "汇总.xlsx"));
    expect(await screen.findByText(/工作表“汇总表”是汇总表/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "填报单位" })).toBeNull();
    expect(screen.queryByRole("button", { name: "保存" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "生成综述" }));
    expect(screen.getByRole("tab", { name: "综述" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByTestId("narrative-paragraph")).toHaveTextContent(/企业总数/);
  });
});

describe("a finding clicked in the browser page's 审核", () => {
  it("goes to its field on the 填报 form, which takes the focus (the page has no grid to select a cell in)", async () => {
    const user = await reportWithPlaceholder();
    await user.click(screen.getByRole("tab", { name: "审核" }));
    await user.click(within(screen.getByRole("tabpanel")).getByRole("button", { name: "审核" }));
    const finding = await screen.findByRole("button", { name: /占位符“xx”/ }, SLOW);
    // Placed by the field as the form names it; the form shows no cell addresses.
    expect(finding).toHaveTextContent("位置：企业总数（工作表“测试统计表”）");
    await user.click(finding);
    await waitFor(() => expect(screen.getByRole("tab", { name: "填报" })).toHaveAttribute("aria-selected", "true"), SLOW);
    const field = await screen.findByRole("textbox", { name: "企业总数" }, SLOW);
    await waitFor(() => expect(field).toHaveFocus(), SLOW);
    expect(field).toHaveAttribute("data-key", "total");
    // Gone to once: a later visit to 填报 does not take the focus there again.
    await user.click(screen.getByRole("tab", { name: "审核" }));
    await user.click(screen.getByRole("tab", { name: "填报" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled(), SLOW);
    expect(screen.getByRole("textbox", { name: "企业总数" })).not.toHaveFocus();
  });
});

describe("the 填报 view's reading of the workbook", () => {
  it("looks for summaries again only when the sheet list changes, not each time 填报 is shown", async () => {
    const user = userEvent.setup();
    const port = fakeWorkbookPort({ sheetNames: ["Sheet1"] });
    const { createForm } = await import("../../../src/app");
    await createForm(port, template);
    const host = excelHost(port, "wb");
    // The form reads its own sheet each time it opens; the search for summaries reads it as well.
    const reads = () => port.calls.readSheet.filter((name) => name === "测试统计表").length;
    render(<App host={host} drafts={await createDraftStore()} templates={templates} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled(), SLOW);
    expect(reads()).toBe(2);
    for (let i = 0; i < 3; i++) {
      await user.click(screen.getByRole("tab", { name: "审核" }));
      await user.click(screen.getByRole("tab", { name: "填报" }));
      await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled(), SLOW);
    }
    // Three visits, three readings by the form, no search again.
    expect(reads()).toBe(5);
    // A sheet added: the list changed, so the workbook is looked through again.
    port.sheets.push({ name: "Sheet2", visibility: "visible", rows: [] });
    await user.click(screen.getByRole("tab", { name: "审核" }));
    await user.click(screen.getByRole("tab", { name: "填报" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled(), SLOW);
    await waitFor(() => expect(reads()).toBe(7), SLOW);
  });
});

describe("a notice", () => {
  it("belongs to the tab whose action made it: 已新建空白工作簿 is gone once the clerk moves to another tab", async () => {
    const user = userEvent.setup();
    render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
    await user.click(screen.getByRole("button", { name: "新建工作簿" }));
    expect(await screen.findByText(/已新建/)).toBeInTheDocument();
    for (const name of ["审核", "综述", "填报"]) {
      await user.click(screen.getByRole("tab", { name }));
      expect(screen.queryByText(/已新建/)).toBeNull();
    }
  });

  it("about the workbook goes once a report is made in it: the news is the report, said once", async () => {
    const user = userEvent.setup();
    render(<App host={browserHost().host} drafts={await createDraftStore()} templates={templates} />);
    await createReport(user);
    expect(screen.getByText(/已创建工作表/)).toBeInTheDocument();
    expect(screen.queryByText(/已新建/)).toBeNull();
  });
});
