import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runDemo } from "../../src/cli/demo";
import { planSheet } from "../../src/core/layout";
import { BUILTIN_TEMPLATES } from "../../src/core/template";

/**
 * How the product's workbooks print, looked at on paper: every blank form and every summary of the
 * demo printed to PDF by LibreOffice, then measured from the PDF with poppler's `pdftotext -bbox`.
 * No word may be printed smaller than 9-point type; a sheet wider than its page runs onto further
 * pages with its head and unit column repeated; every page says its table's title and its number;
 * a form's signature block stands on the page of the table's last row.
 */

/** Whether a program runs here at all (its version asked with the flag it understands). */
const has = (command: string, flag: string) => !spawnSync(command, [flag], { encoding: "utf8" }).error;
const ready = has("soffice", "--version") && has("pdftotext", "-v");
const describeWithLibreOffice = ready ? describe : describe.skip;
if (!ready)
  console.warn("printed-pages: skipped — LibreOffice (soffice) or poppler's pdftotext is not installed; .ci/run installs libreoffice-calc-nogui and poppler-utils");

/** The smallest type a clerk reads on paper without effort. */
const LEGIBLE_POINTS = 9;

interface Word {
  text: string;
  height: number;
  top: number;
  left: number;
  right: number;
}
interface Page {
  words: Word[];
  /** The page header's text: the title of the table printed on it. */
  header: string;
  text: string;
}

/** The pages of a PDF with each word's box, as `pdftotext -bbox` gives them. */
function pagesOf(pdf: string): Page[] {
  const xml = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  return xml
    .split("<page ")
    .slice(1)
    .map((chunk) => {
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({ text, left: Number(xMin), right: Number(xMax), top: Number(yMin), height: Number(yMax) - Number(yMin) }),
      );
      const firstLine = words.length ? Math.min(...words.map((w) => w.top)) : 0;
      const header = words
        .filter((w) => Math.abs(w.top - firstLine) < 2)
        .map((w) => w.text)
        .join("");
      return { words, header, text: words.map((w) => w.text).join("") };
    });
}

let folder: string;
let pdfs: Map<string, Page[]>;
/** The box LibreOffice gives a word of 9-point type in the font the sheets fall back to here. */
let legibleBox: number;
const timings: string[] = [];

describeWithLibreOffice("printed pages of the forms and the demo's summaries", () => {
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "huibao-print-"));
    let log = "";
    const started = performance.now();
    const code = await runDemo({ out: (t) => void (log += t), err: (t) => void (log += t), cwd: folder }, "out");
    if (code !== 0) throw new Error(log);
    // A ruler: one word of 9-point 宋体 at full size, printed in the same LibreOffice run.
    const ruler = new ExcelJS.Workbook();
    const cell = ruler.addWorksheet("尺").getCell("A1");
    cell.value = "九磅字样";
    cell.font = { name: "宋体", size: LEGIBLE_POINTS, charset: 134 };
    await ruler.xlsx.writeFile(path.join(folder, "尺.xlsx"));
    const inputs = [
      path.join(folder, "尺.xlsx"),
      ...(await readdir(path.join(folder, "out", "空白表式"))).map((f) => path.join(folder, "out", "空白表式", f)),
      ...(await readdir(path.join(folder, "out", "汇总"))).map((f) => path.join(folder, "out", "汇总", f)),
    ];
    const converting = performance.now();
    const run = spawnSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${folder}/profile`, "--convert-to", "pdf", "--outdir", path.join(folder, "pdf"), ...inputs],
      { encoding: "utf8", timeout: 300_000 },
    );
    if (run.status !== 0) throw new Error(`soffice: ${run.stderr || run.error?.message}`);
    timings.push(`demo ${Math.round(converting - started)} ms, LibreOffice to PDF of ${inputs.length} workbooks ${Math.round(performance.now() - converting)} ms`);
    pdfs = new Map(inputs.map((input) => [path.basename(input, ".xlsx"), pagesOf(path.join(folder, "pdf", path.basename(input, ".xlsx") + ".pdf"))]));
    const [rulerPage] = pdfs.get("尺")!;
    legibleBox = rulerPage.words.find((w) => w.text === "九磅字样")!.height;
    pdfs.delete("尺");
  }, 400_000);

  afterAll(async () => {
    if (timings.length) console.info(`printed-pages: ${timings.join("; ")}`);
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("prints every blank form and every summary, each page with its table's title above and 第 N 页 共 M 页 below", () => {
    expect(pdfs.size).toBe(BUILTIN_TEMPLATES.length * 2);
    for (const [name, pages] of pdfs) {
      expect({ name, pages: pages.length }).toEqual({ name, pages: expect.any(Number) });
      expect(pages.length).toBeGreaterThan(0);
      for (const [i, page] of pages.entries()) {
        expect({ name, page: i + 1, footer: /第\d+页共\d+页/.test(page.text) }).toEqual({ name, page: i + 1, footer: true });
        expect(page.header).not.toBe("");
      }
    }
  });

  it("prints no word smaller than 9-point type on any page", () => {
    expect(legibleBox).toBeGreaterThan(5);
    const small: string[] = [];
    for (const [name, pages] of pdfs)
      pages.forEach((page, i) => {
        for (const word of page.words)
          if (word.height < legibleBox * 0.97) small.push(`${name} p.${i + 1} “${word.text}” ${word.height.toFixed(1)} pt (9 pt: ${legibleBox.toFixed(1)})`);
      });
    expect(small).toEqual([]);
  });

  it("prints no text over other text (a wrapped cell's row is tall enough for its lines)", () => {
    const over: string[] = [];
    const share = (a: Word, b: Word) => {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
      return x > 0 && y > 0 ? (x * y) / Math.min((a.right - a.left) * a.height, (b.right - b.left) * b.height) : 0;
    };
    for (const [name, pages] of pdfs)
      pages.forEach((page, i) => {
        page.words.forEach((a, j) => {
          for (const b of page.words.slice(j + 1)) if (share(a, b) > 0.3) over.push(`${name} p.${i + 1} “${a.text}” over “${b.text}”`);
        });
      });
    expect(over).toEqual([]);
  });

  it("runs a wide 分单位明细 onto further pages, each with its head row and the 序号 and 单位 columns", () => {
    let split = 0;
    for (const template of BUILTIN_TEMPLATES) {
      const pages = pdfs.get(`${template.title}-汇总`)!.filter((p) => p.header === `${template.title}分单位明细`);
      expect({ template: template.id, pages: pages.length > 0 }).toEqual({ template: template.id, pages: true });
      if (pages.length > 1) split++;
      for (const page of pages) {
        // Head row and label columns repeated: the heads 序号 and 单位 and a unit's name on every page.
        expect({ template: template.id, head: page.text.includes("序号") && page.text.includes("单位"), unit: page.text.includes("城关镇") }).toEqual({
          template: template.id,
          head: true,
          unit: true,
        });
      }
    }
    // The demo's forms of thirty indicators and more are wider than a page.
    expect(split).toBeGreaterThan(0);
  });

  it("keeps each form's signature block on the page of the table's last row", () => {
    for (const template of BUILTIN_TEMPLATES) {
      if (template.kind !== "indicators") continue;
      const plan = planSheet(template);
      const signatureRow = Math.min(...Object.values(plan.anchors.header).filter((at) => at!.row > Object.values(plan.anchors.indicators!)[0].row).map((at) => at!.row));
      const lastLabel = plan.cells.filter((c) => c.style === "label" && c.row < signatureRow && typeof c.value === "string").at(-1)!.value as string;
      const signatureLabel = plan.cells.find((c) => c.row === signatureRow && c.style === "fieldLabel")!.value as string;
      for (const name of [`${template.id}-城关镇-空白`, `${template.title}-汇总`]) {
        const pages = pdfs.get(name)!.filter((p) => p.header === template.title);
        const signed = pages.find((p) => p.text.includes(signatureLabel));
        expect({ name, signature: signed !== undefined, lastRow: signed?.text.includes(lastLabel.replace(/\s/g, "")) }).toEqual({ name, signature: true, lastRow: true });
      }
    }
  });

  it("prints the 综述 as one paragraph on its page", () => {
    for (const template of BUILTIN_TEMPLATES) {
      const pages = pdfs.get(`${template.title}-汇总`)!.filter((p) => p.header === `${template.title}综述`);
      expect({ template: template.id, pages: pages.length }).toEqual({ template: template.id, pages: 1 });
      expect(pages[0].text).toContain("全县");
    }
  });
});
