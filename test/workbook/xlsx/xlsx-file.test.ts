import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planSheet } from "../../../src/core/layout";
import { WorkbookError } from "../../../src/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { readXlsxFile, writeXlsxFile } from "../../../src/workbook/xlsx/xlsx-file";
import { smallIndicatorTemplate } from "../../_support/template-factory";

async function sampleWorkbook(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  await workbook.createSheet(planSheet(smallIndicatorTemplate()));
  return workbook;
}

describe("xlsx files on disk", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "huibao-xlsx-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("writes a workbook that reads back, leaving only the file itself in the folder", async () => {
    const path = join(folder, "城关镇.xlsx");
    await writeXlsxFile(path, await sampleWorkbook());
    expect(await readdir(folder)).toEqual(["城关镇.xlsx"]);
    const back = await readXlsxFile(path);
    expect(back.fileName).toBe("城关镇.xlsx");
    expect((await back.listSheets()).map((s) => s.name)).toEqual(["测试统计表"]);
  });

  it("replaces an existing file in one step", async () => {
    const path = join(folder, "out.xlsx");
    await writeFile(path, "旧内容");
    await writeXlsxFile(path, await sampleWorkbook());
    expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
    expect(await readdir(folder)).toEqual(["out.xlsx"]);
  });

  it("writes a workbook that gives its file in pieces piece after piece, without asking for them joined", async () => {
    const path = join(folder, "pieces.xlsx");
    const pieces = [Buffer.from("PK"), Buffer.from("汇总"), Buffer.alloc(100000, 7)];
    const toBytes = jest.fn(() => Promise.reject(new Error("joined")));
    await writeXlsxFile(path, { toBytes, toPieces: async () => pieces });
    expect((await readFile(path)).equals(Buffer.concat(pieces))).toBe(true);
    expect(toBytes).not.toHaveBeenCalled();
  });

  it("puts no file in place, and leaves none behind, when cancelled while the bytes were made", async () => {
    const path = join(folder, "out.xlsx");
    await writeFile(path, "原有数据");
    const controller = new AbortController();
    const cancelledMidway = { toBytes: async () => (controller.abort(), Buffer.from("PK")) };
    await expect(writeXlsxFile(path, cancelledMidway, { signal: controller.signal })).rejects.toBeInstanceOf(WorkbookError);
    expect(await readFile(path, "utf8")).toBe("原有数据");
    expect(await readdir(folder)).toEqual(["out.xlsx"]);
  });

  it("leaves an existing file untouched and no partial file when making the bytes fails", async () => {
    const path = join(folder, "out.xlsx");
    await writeFile(path, "原有数据");
    const failing = { toBytes: () => Promise.reject(new Error("磁盘故障")) };
    await expect(writeXlsxFile(path, failing)).rejects.toBeInstanceOf(WorkbookError);
    expect(await readFile(path, "utf8")).toBe("原有数据");
    expect(await readdir(folder)).toEqual(["out.xlsx"]);
  });

  it("cleans up its temporary file when the final rename fails, and says why in Chinese", async () => {
    const path = join(folder, "是文件夹.xlsx");
    await mkdir(path);
    await mkdir(join(path, "占位"));
    const error = await writeXlsxFile(path, await sampleWorkbook()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toContain("是文件夹.xlsx");
    expect((error as Error).message).toContain("无法写入文件");
    expect(await readdir(folder)).toEqual(["是文件夹.xlsx"]);
  });

  describe("edge cases", () => {
    it("names a missing file in Chinese", async () => {
      const path = join(folder, "没有.xlsx");
      await expect(readXlsxFile(path)).rejects.toMatchObject({ code: "file-unreadable", message: expect.stringContaining("找不到文件") });
    });

    it("says when the folder to write into does not exist", async () => {
      const path = join(folder, "无此文件夹", "out.xlsx");
      await expect(writeXlsxFile(path, await sampleWorkbook())).rejects.toMatchObject({ message: expect.stringContaining("文件夹不存在") });
    });

    it("refuses a file that is not a workbook, naming it", async () => {
      const path = join(folder, "名单.xlsx");
      await writeFile(path, "单位,人数\n城关镇,3");
      await expect(readXlsxFile(path)).rejects.toMatchObject({ code: "not-a-workbook", message: expect.stringContaining("名单.xlsx") });
    });
  });
});
