/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findSummaries, type SummarySource } from "../../../src/app";
import { NarrativeView } from "../../../src/taskpane/narrative";
import { renderFluent } from "../../_support/render-fluent";
import { summaryWorkbook } from "../../_support/summary-workbook";
import { smallIndicatorTemplate } from "../../_support/template-factory";

/**
 * 综述 compared with last period in the pane, as `narrate --prev` does: the file the clerk picks is
 * read by readPreviousSummary (tested on real .xlsx bytes in read-previous-summary.test.ts); here
 * it hands over last period's summary, made by the same factory as this period's.
 */
const previous: { summary?: SummarySource } = {};
jest.mock("../../../src/taskpane/narrative/read-previous-summary", () => ({
  readPreviousSummary: async () => ({ ok: true, summary: previous.summary }),
}));

const template = smallIndicatorTemplate();
jest.setTimeout(30_000);
beforeEach(() => window.localStorage.clear());

it("states the change against the previous summary the clerk picks, and drops it on 不比较", async () => {
  const user = userEvent.setup();
  [previous.summary] = await findSummaries(summaryWorkbook(template, { units: { 城关镇: { total: "80", resumed: "60" } } }).port, [template]);
  const { port } = summaryWorkbook(template, { units: { 城关镇: { total: "92", resumed: "80" } } });
  renderFluent(<NarrativeView port={port} templates={[template]} previewDelayMs={20} />);
  const paragraph = () => screen.getByTestId("narrative-paragraph").textContent ?? "";
  await waitFor(() => expect(paragraph()).toContain("企业总数"));
  // A line that states the change, as the built-in forms' defaults have.
  fireEvent.change(screen.getByRole("textbox", { name: "综述句式" }), { target: { value: "企业总数{total}{total|change}" } });
  await waitFor(() => expect(paragraph()).toMatch(/^企业总数92家/));
  const alone = paragraph();
  await user.upload(screen.getByTestId("narrative-previous-input"), new File(["x"], "上期汇总.xlsx"));
  expect(await screen.findByText(/比较对象：“上期汇总.xlsx”的汇总表/)).toBeInTheDocument();
  await waitFor(() => expect(paragraph()).not.toBe(alone));
  expect(paragraph()).toMatch(/增加|增长|上升/);
  await user.click(screen.getByRole("button", { name: "不比较" }));
  await waitFor(() => expect(paragraph()).toBe(alone));
});

it("narrates the summary 汇总 just wrote (汇总表(2) beside an earlier 汇总表), read again on each 生成综述", async () => {
  const { port } = summaryWorkbook(template, { units: { 城关镇: { total: "80" } } });
  const view = renderFluent(<NarrativeView port={port} templates={[template]} previewDelayMs={20} prefer={{ sheet: "汇总表", serial: 1 }} />);
  await waitFor(() => expect(screen.getByTestId("narrative-paragraph")).toHaveTextContent("企业总数80家"));
  // 汇总 writes a second summary beside the first, and hands it on.
  summaryWorkbook(template, { port, units: { 城关镇: { total: "92" } }, sheetSuffix: "(2)" });
  view.rerenderFluent(<NarrativeView port={port} templates={[template]} previewDelayMs={20} prefer={{ sheet: "汇总表(2)", serial: 2 }} />);
  await waitFor(() => expect(screen.getByTestId("narrative-paragraph")).toHaveTextContent("企业总数92家"));
  expect(screen.getByRole("combobox", { name: "汇总表" })).toHaveTextContent("汇总表(2)");
});
