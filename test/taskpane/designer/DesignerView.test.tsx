/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkTemplate, tableRows, type IndicatorTemplate } from "../../../src/core/template";
import { DesignerView } from "../../../src/taskpane/designer";
import { fakeWorkbookPort } from "../../_support/fake-workbook-port";
import { officeFormPort } from "../../_support/office-form-port";
import { renderFluent } from "../../_support/render-fluent";

jest.setTimeout(30_000);

async function recognise() {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "识别当前表" }));
  await screen.findByText(/已识别《宣传工作统计表》：4 行 × 2 栏/);
  return user;
}

describe("DesignerView", () => {
  it("shows the form read off the current sheet, with what it was unsure of", async () => {
    renderFluent(<DesignerView port={officeFormPort()} sheet="表1" />);
    await recognise();
    const rows = screen.getByRole("region", { name: "主栏（行）" });
    expect(within(rows).getByRole("textbox", { name: "行“新闻稿件”的名称" })).toHaveValue("新闻稿件");
    expect(within(rows).getByRole("textbox", { name: "行“宣传车”的计量单位" })).toHaveValue("台次");
    const unsure = screen.getByRole("region", { name: /^有 \d+ 处没有把握/ });
    expect(within(unsure).getByText("A7“目标任务”没有计量单位，按整数（个数）处理")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "栏“本期数”的作用" })).toHaveValue("current");
  });

  it("binds the edited template to the sheet, so the sheet is read as that form from now on", async () => {
    const port = officeFormPort();
    const onBound = jest.fn();
    renderFluent(<DesignerView port={port} sheet="表1" onBound={onBound} />);
    const user = await recognise();
    const label = screen.getByRole("textbox", { name: "行“目标任务”的名称" });
    await user.clear(label);
    await user.type(label, "宣传活动");
    await user.type(screen.getByRole("textbox", { name: "行“宣传活动”的计量单位" }), "场");
    await user.selectOptions(screen.getByRole("combobox", { name: "“新闻稿件”的其中项" }), "complete");
    await user.click(screen.getByRole("button", { name: "绑定到本表" }));
    await screen.findByText(/《宣传工作统计表》已绑定到工作表“表1”/);

    expect(port.calls.writeBinding).toHaveLength(1);
    const bound = port.calls.writeBinding[0];
    expect(bound.sheetName).toBe("表1");
    const stored = checkTemplate(JSON.parse(bound.templateJson), "binding");
    if (!stored.ok || stored.template.kind !== "indicators") throw new Error("the bound template does not load");
    const rows = tableRows(stored.template as IndicatorTemplate).map((r) => [r.indicator.label, r.indicator.unit, r.indicator.breakdown]);
    expect(rows).toEqual([
      ["新闻稿件", "篇", "complete"],
      ["省级", "篇", undefined],
      ["宣传车", "台次", undefined],
      ["宣传活动", "场", undefined],
    ]);
    expect(onBound).toHaveBeenCalledWith(expect.objectContaining({ id: bound.templateId }), "表1");
  });

  describe("edge cases", () => {
    it("will not bind a template the schema refuses, and says why", async () => {
      const port = officeFormPort();
      renderFluent(<DesignerView port={port} sheet="表1" />);
      const user = await recognise();
      await user.clear(screen.getByRole("textbox", { name: "表名" }));
      await waitFor(() => expect(screen.getByRole("button", { name: "绑定到本表" })).toBeDisabled());
      expect(screen.getByText(/模板还有问题，改正后才能绑定/)).toBeInTheDocument();
      expect(port.calls.writeBinding).toHaveLength(0);
    });

    it("tells why a sheet without a table cannot be recognised", async () => {
      const port = fakeWorkbookPort({ sheetNames: ["纪要"] });
      port.sheets[0].rows = [["会议纪要"]];
      renderFluent(<DesignerView port={port} sheet="纪要" />);
      await userEvent.setup().click(screen.getByRole("button", { name: "识别当前表" }));
      expect(await screen.findByText(/无法识别表式：工作表“纪要”中找不到表头/)).toBeInTheDocument();
    });
  });
});
