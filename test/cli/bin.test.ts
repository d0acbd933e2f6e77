import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_TEMPLATES } from "../../src/core/template";

const root = join(__dirname, "..", "..");
const summary = join(tmpdir(), `huibao-bin-${process.pid}.xlsx`);
afterAll(() => rmSync(summary, { force: true }));

describe("the huibao executable", () => {
  beforeAll(() => {
    // `npm test` compiles the CLI first; when run on its own, compile it here. tsc may report errors
    // in files still being written elsewhere and still emit, so its exit status is not the test.
    if (!existsSync(join(root, "lib", "cli", "main.js"))) {
      spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
    }
  }, 120_000);

  it("runs from bin/huibao.js and lists the templates as JSON", () => {
    const run = spawnSync(process.execPath, [join(root, "bin", "huibao.js"), "template", "list", "--json"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(BUILTIN_TEMPLATES.map((t) => ({ id: t.id, title: t.title, kind: t.kind })));
  });

  // Start fast (issue 17): a command loads only what it uses. Counting the modules loaded says so without
  // timing anything; ExcelJS alone costs about 0.4 s to load here, docx (for 综述.docx) about 0.2 s.
  it.each([
    [["--version"], /exceljs|[\\/]docx[\\/]|narrative-docx|core[\\/](template|narrative|validate|consolidate)/, 0],
    [["template", "list"], /exceljs|[\\/]docx[\\/]|narrative-docx|core[\\/](narrative|validate|consolidate)/, 0],
    // Without --docx the 综述 is text only: no Word library, and a summary is read without ExcelJS.
    [["narrate", join("test", "fixtures", "v0.1", "propaganda", "summary.xlsx")], /node_modules[\\/]exceljs|[\\/]docx[\\/]|narrative-docx/, 0],
    // The summary is written by the lean writer, the units read by the lean reader: ExcelJS is never loaded.
    [["consolidate", join("test", "fixtures", "v0.1", "propaganda", "units"), "-o", summary, "--force"], /node_modules[\\/]exceljs|[\\/]docx[\\/]/, 0],
  ])("huibao %p loads no module it does not use", (args, unused, exitCode) => {
    const script = `require(${JSON.stringify(join(root, "lib", "cli", "main.js"))}).main(["node", "huibao", ...${JSON.stringify(args)}], { out: () => {}, err: (t) => process.stderr.write(t), cwd: process.cwd() }).then((code) => { process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache) })); });`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    const { code, loaded } = JSON.parse(run.stdout) as { code: number; loaded: string[] };
    expect(code).toBe(exitCode);
    expect(loaded.filter((file) => unused.test(file))).toEqual([]);
    expect(loaded.length).toBeGreaterThan(3); // the command line itself did load
  });
});
