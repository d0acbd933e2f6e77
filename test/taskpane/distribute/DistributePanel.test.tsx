/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "../../_support/jsdom-text-codec";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import { planRosterSheet } from "../../../src/core/consolidate";
import { planSheet } from "../../../src/core/layout";
import { findBuiltinTemplate } from "../../../src/core/template";
import { ConsolidateView } from "../../../src/taskpane/consolidate";
import { readFileBytes } from "../../../src/taskpane/shared";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { rosterOf } from "../../_support/consolidate-factory";
import { renderFluent } from "../../_support/render-fluent";

jest.setTimeout(60_000);

const supplies = findBuiltinTemplate("supplies")!;

/** A roster file as a clerk keeps it: 单位名录.xlsx. */
async function rosterFile(...units: string[]): Promise<File> {
  const book = XlsxWorkbook.create("单位名录.xlsx");
  await book.createSheet(planRosterSheet(rosterOf(...units)));
  return new File([(await book.toBytes()) as BlobPart], "单位名录.xlsx", { lastModified: 1 });
}

/**
 * The page's downloads as the browser gets them: a Blob URL on a link clicked. The blobs are kept
 * (with the name the link gives), so the test reads the very bytes the clerk would save.
 */
function watchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => jest.restoreAllMocks());

async function openDistribution() {
  const user = userEvent.setup();
  renderFluent(<ConsolidateView target={{ kind: "new-workbook", createWorkbook: jest.fn(), download: jest.fn() }} templates={[supplies]} readFile={jest.fn()} />);
  const open = screen.getByRole("button", { name: "为名录中每个单位生成空白表" });
  expect(open).toHaveAttribute("aria-expanded", "false");
  await user.click(open);
  const panel = screen.getByRole("region", { name: "下发空白表" });
  await user.click(within(panel).getByRole("combobox", { name: "表式" }));
  await user.click(await screen.findByRole("option", { name: supplies.title }));
  return { user, panel };
}

/** Every cell's text of a sheet. */
const textOf = (rows: ReadonlyArray<ReadonlyArray<unknown>>) => rows.flat().filter((v) => v !== null && v !== undefined).map(String);

describe("下发 in the pane: a blank form for every unit of a roster", () => {
  it("downloads one zip of a workbook per unit, each with its 填报单位 filled and the form bound", async () => {
    const downloads = watchDownloads();
    const { user, panel } = await openDistribution();
    const make = within(panel).getByRole("button", { name: "生成并下载" });
    expect(make).toBeDisabled();
    await user.upload(screen.getByTestId("distribute-roster-input"), await rosterFile("城关镇", "东关街道", "南湖乡"));
    await user.type(within(panel).getByRole("textbox", { name: "报告期（可不填）" }), "2023年2月");
    // The view's primary action stays 开始汇总: making the forms is a secondary one.
    expect(make.className).not.toMatch(/primary/i);
    await user.click(make);

    expect(await within(panel).findByText(`已为 3 个单位生成空白表，已下载“${supplies.title}（下发）.zip”。`)).toBeInTheDocument();
    expect(downloads.names).toEqual([`${supplies.title}（下发）.zip`]);
    expect(downloads.blobs[0].type).toBe("application/zip");
    const files = unzipSync(await readFileBytes(downloads.blobs[0]));
    expect(Object.keys(files).sort()).toEqual(["东关街道.xlsx", "南湖乡.xlsx", "城关镇.xlsx"].sort());
    for (const unit of ["城关镇", "东关街道", "南湖乡"]) {
      const book = await XlsxWorkbook.load(files[`${unit}.xlsx`], `${unit}.xlsx`);
      const bindings = await book.readBindings();
      expect(bindings.map((b) => b.templateId)).toEqual([supplies.id]);
      const cells = textOf((await book.readSheet(bindings[0].sheetName)).rows);
      expect(cells.some((c) => c.includes(unit))).toBe(true);
      expect(cells.some((c) => c.includes("2023年2月"))).toBe(true);
      for (const other of ["城关镇", "东关街道", "南湖乡"].filter((u) => u !== unit)) expect(cells.some((c) => c.includes(other))).toBe(false);
    }
  });

  it("shows progress unit by unit, and 取消 stops with nothing downloaded", async () => {
    const downloads = watchDownloads();
    const { user, panel } = await openDistribution();
    const units = Array.from({ length: 40 }, (_, i) => `第${i + 1}村`);
    await user.upload(screen.getByTestId("distribute-roster-input"), await rosterFile(...units));
    await user.click(within(panel).getByRole("button", { name: "生成并下载" }));
    const progress = await within(panel).findByRole("group", { name: "生成进度" });
    expect(await within(progress).findByText(/^正在生成（\d+\/40）：第\d+村$/)).toBeInTheDocument();
    expect(within(progress).getByRole("progressbar")).toBeInTheDocument();
    await user.click(within(progress).getByRole("button", { name: "取消" }));
    expect(await within(panel).findByText("已取消，未下载任何文件。")).toBeInTheDocument();
    expect(downloads.names).toEqual([]);
    expect(within(panel).queryByRole("group", { name: "生成进度" })).not.toBeInTheDocument();
  });

  describe("edge cases", () => {
    it("says why a roster file cannot be used, downloading nothing", async () => {
      const downloads = watchDownloads();
      const { user, panel } = await openDistribution();
      const book = XlsxWorkbook.create("随便.xlsx");
      // A form, not a roster: no column of unit names.
      await book.createSheet(planSheet(supplies));
      await user.upload(screen.getByTestId("distribute-roster-input"), new File([(await book.toBytes()) as BlobPart], "随便.xlsx"));
      await user.click(within(panel).getByRole("button", { name: "生成并下载" }));
      expect(await within(panel).findByText(/^单位名录“随便\.xlsx”无法使用：/)).toBeInTheDocument();
      expect(downloads.names).toEqual([]);
    });
  });
});
