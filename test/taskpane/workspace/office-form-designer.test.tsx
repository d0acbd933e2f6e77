/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BUILTIN_TEMPLATES } from "../../../src/core/template";
import { createDraftStore } from "../../../src/taskpane/drafts";
import { ReportWorkspace } from "../../../src/taskpane/workspace/ReportWorkspace";
import { officeFormPort } from "../../_support/office-form-port";

jest.setTimeout(60_000);

// Issue 13: the designer is where a sheet that no template made is met, so the office's own form becomes
// the clerk's form in the pane, as `template infer` makes it one on the command line.
describe("a sheet that no template made", () => {
  it("offers 识别当前表 in 填报; once bound, the sheet is filled in as that form", async () => {
    const port = officeFormPort();
    render(<ReportWorkspace port={port} workbookKey="本工作簿" drafts={await createDraftStore()} templates={BUILTIN_TEMPLATES} sheet="表1" />);
    await screen.findByText(/当前工作表“表1”不是由模板创建的/);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "识别当前表" }));
    await screen.findByText(/已识别《宣传工作统计表》/);
    await user.click(screen.getByRole("button", { name: "绑定到本表" }));
    expect(await screen.findByRole("button", { name: "保存" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /新闻稿件.*本期数/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "识别当前表" })).not.toBeInTheDocument();
  });

  it("in the browser page, recognises the first sheet of a workbook that has no form bound", async () => {
    const port = officeFormPort();
    render(<ReportWorkspace port={port} workbookKey="本工作簿" drafts={await createDraftStore()} templates={BUILTIN_TEMPLATES} onChooseSheet={() => {}} />);
    await screen.findByText(/工作簿中还没有由模板创建的报表/);
    const user = userEvent.setup();
    const recognise = await screen.findByRole("button", { name: "识别当前表" });
    await screen.findByText((_, node) => node?.tagName === "BUTTON" && node.textContent === "识别当前表" && !(node as HTMLButtonElement).disabled);
    await user.click(recognise);
    await screen.findByText(/已识别《宣传工作统计表》/);
  });
});
