/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planSheet } from "../../../src/core/layout";
import type { ReportTemplate } from "../../../src/core/template";
import { TemplatePicker } from "../../../src/taskpane/template-picker";
import { fakeWorkbookPort, type FakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { dialogButton, dialogButtons, findAlertDialog, queryAlertDialog } from "../../_support/alert-dialog";

const templates: ReportTemplate[] = [smallIndicatorTemplate(), smallLedgerTemplate()];

async function pickAndCreate(port: FakeWorkbookPort, optionName: RegExp) {
  const user = userEvent.setup();
  const created: string[] = [];
  renderFluent(<TemplatePicker port={port} templates={templates} onCreated={(name) => created.push(name)} />);
  await user.click(screen.getByRole("combobox", { name: "模板" }));
  await user.click(await screen.findByRole("option", { name: optionName }));
  await user.click(screen.getByRole("button", { name: "创建报表" }));
  return { user, created };
}

// Fluent UI under jsdom is slow to warm up, and the machine's cores are shared.
jest.setTimeout(20_000);

describe("TemplatePicker", () => {
  it("lists every template with its title and kind", async () => {
    const user = userEvent.setup();
    renderFluent(<TemplatePicker port={fakeWorkbookPort()} templates={templates} onCreated={() => undefined} />);
    expect(screen.getByRole("button", { name: "创建报表" })).toBeDisabled();
    await user.click(screen.getByRole("combobox", { name: "模板" }));
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["测试统计表（指标表）", "测试整改台账（台账）"]);
  });

  it("creates the template's sheet from its plan and records the template in the workbook", async () => {
    const port = fakeWorkbookPort();
    const { created } = await pickAndCreate(port, /测试整改台账/);
    await screen.findByText("已创建工作表“测试整改台账”。");
    expect(port.calls.createSheet).toHaveLength(1);
    const { plan, options } = port.calls.createSheet[0];
    expect(plan).toEqual(planSheet(smallLedgerTemplate(), { sheetName: "测试整改台账" }));
    expect(options).toEqual({ replace: false, activate: true });
    expect(port.calls.writeBinding).toEqual([
      {
        sheetName: "测试整改台账",
        templateId: "small-ledger",
        templateVersion: "1.0.0",
        templateJson: JSON.stringify(smallLedgerTemplate()),
      },
    ]);
    expect(created).toEqual(["测试整改台账"]);
  });

  it("asks before replacing a sheet of the same name, and by default makes a new one", async () => {
    const port = fakeWorkbookPort({ sheetNames: ["测试统计表"] });
    const { user, created } = await pickAndCreate(port, /测试统计表/);
    const dialog = await findAlertDialog();
    expect(dialog).toHaveTextContent("工作簿中已有名为“测试统计表”的工作表");
    const buttons = dialogButtons(dialog);
    expect(buttons[0]).toHaveTextContent("另建“测试统计表(2)”"); // the default answer comes first
    await user.click(buttons[0]);
    await waitFor(() => expect(created).toEqual(["测试统计表(2)"]));
    expect(port.calls.createSheet.map((c) => [c.plan.sheetName, c.options?.replace])).toEqual([["测试统计表(2)", false]]);
    expect(port.sheets.map((s) => s.name)).toEqual(["测试统计表", "测试统计表(2)"]);
  });

  it("replaces the existing sheet only when the clerk chooses 替换原表", async () => {
    const port = fakeWorkbookPort({ sheetNames: ["测试统计表"] });
    const { user, created } = await pickAndCreate(port, /测试统计表/);
    await user.click(await screen.findByRole("button", { name: "替换原表" }));
    await waitFor(() => expect(created).toEqual(["测试统计表"]));
    expect(port.calls.createSheet.map((c) => [c.plan.sheetName, c.options?.replace])).toEqual([["测试统计表", true]]);
  });

  describe("edge cases", () => {
    it("does nothing when the clerk cancels the question", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["测试统计表"] });
      const { user, created } = await pickAndCreate(port, /测试统计表/);
      await user.click(dialogButton(await findAlertDialog(), "取消"));
      await waitFor(() => expect(queryAlertDialog()).not.toBeInTheDocument());
      expect(port.calls.createSheet).toHaveLength(0);
      expect(created).toEqual([]);
    });

    it("matches an existing sheet name regardless of case and replaces it as spelled", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["Report"] });
      const template = { ...smallIndicatorTemplate(), id: "en", title: "REPORT" };
      const user = userEvent.setup();
      renderFluent(<TemplatePicker port={port} templates={[template]} onCreated={() => undefined} />);
      await user.click(screen.getByRole("combobox", { name: "模板" }));
      await user.click(await screen.findByRole("option", { name: /REPORT/ }));
      await user.click(screen.getByRole("button", { name: "创建报表" }));
      await user.click(await screen.findByRole("button", { name: "替换原表" }));
      await waitFor(() => expect(port.calls.createSheet).toHaveLength(1));
      expect(port.calls.createSheet[0].plan.sheetName).toBe("Report");
    });

    it("reports a failure in Chinese and creates no binding", async () => {
      const port = fakeWorkbookPort();
      const { WorkbookError } = await import("../../../src/workbook/workbook-error");
      port.failNext("createSheet", new WorkbookError("unsupported-host", "ExcelApi 1.9 missing"));
      await pickAndCreate(port, /测试统计表/);
      expect(await screen.findByRole("alert")).toHaveTextContent("当前 Excel 版本不支持此功能");
      expect(port.calls.writeBinding).toHaveLength(0);
    });
  });
});
