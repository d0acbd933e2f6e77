import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { WorkbookError } from "../../../../src/workbook/workbook-error";
import { intakeFile } from "../../../../src/workbook/xlsx/intake";
import type { IntakeResult } from "../../../../src/workbook/xlsx/intake";
import { problemText } from "../../../../src/core/locale";

/** Real-world files (Excel, LibreOffice, WPS, Quattro, encrypted, BIFF2–8) from the shared corpus. */
const CORPUS = path.resolve(__dirname, "../../../../../shared/corpus/real-world");
const describeWithCorpus = existsSync(CORPUS) ? describe : describe.skip;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describeWithCorpus("intakeFile on the real-world corpus", () => {
  const results = new Map<string, { result: IntakeResult; ms: number }>();

  beforeAll(() => {
    for (const file of walk(CORPUS)) {
      const name = path.relative(CORPUS, file);
      const started = performance.now();
      let result: IntakeResult;
      try {
        result = intakeFile(new Uint8Array(readFileSync(file)), name);
      } catch (error) {
        // Anything thrown here is a bug: intake turns every expected failure into a result.
        throw new Error(`${name} threw ${error instanceof WorkbookError ? "a WorkbookError" : String(error)}`, { cause: error });
      }
      results.set(name, { result, ms: performance.now() - started });
    }
  });

  it("either reads each file or says in Chinese, naming it, what to do, within a few seconds", () => {
    expect(results.size).toBeGreaterThan(100);
    for (const [name, { result, ms }] of results) {
      expect(ms).toBeLessThan(3000);
      if (result.ok) expect(result.values.sheetNames.length).toBeGreaterThan(0);
      else expect(problemText(result.problem)).toMatch(new RegExp(`“${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”.*(另存为|重新发送|清空)`));
    }
  });

  it("reads every .xlsx and .xlsm file", () => {
    const workbooks = [...results].filter(([name]) => /\.xls[xm]$/i.test(name));
    expect(workbooks.length).toBeGreaterThan(40);
    expect(workbooks.filter(([, r]) => !r.result.ok).map(([name]) => name)).toEqual([]);
  });

  it("sends every .xls back to be saved as .xlsx, and the password-protected ones to lose their password first", () => {
    for (const [name, { result }] of results) {
      if (!/\.xls$/i.test(name)) continue;
      expect(result).toMatchObject({ ok: false, kind: /password/.test(name) ? "encrypted" : "legacy-xls" });
    }
  });

  it.each(["1904/1904.xlsx", "1904/1900.xlsx"])("gives %s the dates the file itself shows", (name) => {
    // Column C holds TEXT(B,"YYYY-MM-DD") as Excel computed it: the date the clerk sees in column B.
    const { result } = results.get(name)!;
    if (!result.ok) throw new Error(problemText(result.problem));
    expect(result.values.date1904).toBe(name.includes("1904.xlsx"));
    const rows = result.values.sheets[0].rows;
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row[1]).toBeInstanceOf(Date);
      expect((row[1] as Date).toISOString().slice(0, 10)).toBe(row[2]);
    }
  });

  it("keeps phonetic guides out and tells very hidden sheets apart", () => {
    const phonetic = results.get("phonetic_text.xlsx")!.result;
    const visibility = results.get("sheet_visibility.xlsx")!.result;
    expect(phonetic.ok && phonetic.values.sheets[0].rows[0][0]).toBe("漢字");
    expect(visibility.ok && visibility.values.sheets.map((s) => s.visibility)).toEqual(["visible", "hidden", "veryHidden"]);
  });
});
