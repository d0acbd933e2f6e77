/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDraftStore } from "../../../src/taskpane/drafts";
import { ReportForm } from "../../../src/taskpane/form";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { renderFluent } from "../../_support/render-fluent";
import { reportWorkbook } from "../../_support/report-workbook";
import { smallIndicatorTemplate } from "../../_support/template-factory";

jest.setTimeout(30_000);

const template = smallIndicatorTemplate();
const PLACEHOLDER = "「企业总数」填的是占位符“xx”，请填写实际数值";
/** Longer than the form's pause before it checks (300 ms). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 700)));

async function openForm() {
  const { port, sheet } = await reportWorkbook(template, {}, { port: fakeWorkbookPort() });
  const drafts = await createDraftStore({ preferHelpers: false });
  renderFluent(<ReportForm port={port} template={template} sheetName={sheet} workbookKey="测试.xlsx" drafts={drafts} />);
  await waitFor(() => expect(screen.getByRole("button", { name: "保存" })).toBeEnabled());
  return screen.getByRole("textbox", { name: "企业总数" });
}

beforeEach(() => window.localStorage.clear());

describe("the form checks values as the clerk types", () => {
  it("shows the audit's words under a field holding a placeholder", async () => {
    const input = await openForm();
    await userEvent.setup().type(input, "xx");
    expect(await screen.findByText(PLACEHOLDER)).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("says nothing about a plain count, and the message goes once the value is fixed", async () => {
    const user = userEvent.setup();
    const input = await openForm();
    await user.type(input, "xx");
    await screen.findByText(PLACEHOLDER);
    await user.clear(input);
    await user.type(input, "12");
    await waitFor(() => expect(screen.queryByText(PLACEHOLDER)).not.toBeInTheDocument());
    await settle();
    expect(input).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText(/企业总数」/)).not.toBeInTheDocument();
  });

  describe("edge cases", () => {
    it("does not check while an IME composition is under way, and checks once it ends", async () => {
      const input = await openForm();
      fireEvent.compositionStart(input);
      // What the IME shows on its way to the final text is typed into the input meanwhile.
      fireEvent.change(input, { target: { value: "xx" } });
      await settle();
      expect(input).toHaveValue("xx");
      expect(screen.queryByText(PLACEHOLDER)).not.toBeInTheDocument();
      fireEvent.compositionEnd(input);
      expect(await screen.findByText(PLACEHOLDER)).toBeInTheDocument();
    });

    it("says nothing about required fields the clerk has not reached yet", async () => {
      await openForm();
      await settle();
      expect(screen.queryByText(/未填写/)).not.toBeInTheDocument();
    });
  });
});
