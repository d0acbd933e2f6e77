import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { writeSampleRoster, writeSampleUnits } from "../../src/cli/demo/sample-units";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { expectCleanError, runCli } from "../_support/run-cli";

const template = BUILTIN_TEMPLATES[0];
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-docx-"));
  await writeSampleRoster(join(folder, "单位名录.xlsx"));
  await mkdir(join(folder, "units"));
  await writeSampleUnits(join(folder, "units"), template);
  const run = await runCli(folder, "consolidate", "units", "--template", template.id, "--roster", "单位名录.xlsx", "-o", "汇总.xlsx");
  expect(run.code).toBe(0);
}, 60_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The body of a .docx: word/document.xml. */
async function documentXml(file: string): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await readFile(file)))["word/document.xml"]);
}

describe("huibao narrate --docx", () => {
  it("writes the paragraph to a Word file in the 公文 body style: 仿宋_GB2312 三号, lines 28 points apart, first line indented two characters", async () => {
    const run = await runCli(folder, "narrate", "汇总.xlsx", "--region", "全县", "--docx", "综述.docx");
    expect(run.code).toBe(0);
    expect(run.err).toContain("综述.docx");
    const paragraph = run.out.trim();
    const xml = await documentXml(join(folder, "综述.docx"));
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(texts).toBe(paragraph);
    expect(xml).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="560"/);
    expect(xml).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
  });

  it("keeps each line of the text a paragraph of its own", async () => {
    const { narrativeDocx } = await import("../../src/cli/_lib/narrative-docx");
    await writeFile(join(folder, "两段.docx"), await narrativeDocx("第一段。\n\n第二段。"));
    const xml = await documentXml(join(folder, "两段.docx"));
    expect([...xml.matchAll(/<w:p>|<w:p [^>]*>/g)]).toHaveLength(2);
  });

  describe("edge cases", () => {
    it("refuses to overwrite a Word file without --force, leaving it as it was", async () => {
      await writeFile(join(folder, "已有.docx"), "旧文件");
      const run = await runCli(folder, "narrate", "汇总.xlsx", "--docx", "已有.docx");
      expect(run.code).toBe(2);
      expect(run.err).toContain("已有.docx");
      expect(run.err).toContain("--force");
      expectCleanError(run);
      expect(await readFile(join(folder, "已有.docx"), "utf8")).toBe("旧文件");
      const forced = await runCli(folder, "narrate", "汇总.xlsx", "--docx", "已有.docx", "--force");
      expect(forced.code).toBe(0);
      expect(await documentXml(join(folder, "已有.docx"))).toContain("仿宋_GB2312");
    });

    it("writes no Word file when the workbook is not a summary", async () => {
      const run = await runCli(folder, "narrate", "单位名录.xlsx", "--docx", "无.docx");
      expect(run.code).toBe(2);
      expect(existsSync(join(folder, "无.docx"))).toBe(false);
    });
  });
});
