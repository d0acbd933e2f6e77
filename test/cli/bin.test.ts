import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { BUNDLE, ensureCliBundle, ROOT } from "../_support/cli-bundle";

const root = ROOT;
const bundle = BUNDLE;
const summary = join(tmpdir(), `huibao-bin-${process.pid}.xlsx`);
afterAll(() => rmSync(summary, { force: true }));

/** What a run loaded: the files Node required (the bundle's own, node_modules) and the source modules those bundle files hold. */
function loadedBy(args: readonly string[]): { code: number; files: string[]; modules: string[] } {
  const script = `require(${JSON.stringify(join(bundle, "huibao.js"))}).main(["node", "huibao", ...${JSON.stringify(args)}], { out: () => {}, err: (t) => process.stderr.write(t), cwd: process.cwd() }).then((code) => { process.stdout.write(JSON.stringify({ code, files: Object.keys(require.cache) })); });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  const { code, files } = JSON.parse(run.stdout) as { code: number; files: string[] };
  // modules.json is written by the bundle's build (webpack.cli.config.js): each output file's source modules.
  const held = JSON.parse(readFileSync(join(bundle, "modules.json"), "utf8")) as Record<string, string[]>;
  const modules = files
    .filter((file) => file.startsWith(bundle))
    .flatMap((file) => held[file.slice(bundle.length + 1)] ?? [])
    // An external (a Node or node_modules module left out of the bundle) is seen in require.cache when it loads.
    .filter((name) => !name.startsWith("external ") && !name.startsWith("webpack/runtime"));
  return { code, files, modules };
}

describe("the huibao executable", () => {
  beforeAll(ensureCliBundle, 300_000);

  it("runs from bin/huibao.js and lists the templates as JSON", () => {
    const run = spawnSync(process.execPath, [join(root, "bin", "huibao.js"), "template", "list", "--json"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(BUILTIN_TEMPLATES.map((t) => ({ id: t.id, title: t.title, kind: t.kind })));
  });

  // Start fast (issue 17): bin/huibao.js runs the bundle, where `--version` is one file, not lib/'s hundreds.
  it("runs the bundle: --version prints the package's version and loads the code cache and one file of the bundle, none of lib/", () => {
    const report = join(tmpdir(), `huibao-bin-report-${process.pid}.js`);
    writeFileSync(report, `process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n`);
    const run = spawnSync(process.execPath, ["-r", report, join(root, "bin", "huibao.js"), "--version"], { cwd: root, encoding: "utf8" });
    rmSync(report, { force: true });
    const files = JSON.parse(run.stderr) as string[];
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(run.stdout.trim()).toBe(version);
    expect(files.filter((file) => file.startsWith(join(root, "lib"))).sort()).toEqual([join(bundle, "code-cache.js"), join(bundle, "huibao.js")]);
  });

  // A command loads only what it uses. Counting the modules loaded says so without timing anything;
  // ExcelJS alone costs about 0.4 s to load here, docx (for 综述.docx) about 0.2 s, zod and the template
  // schema about 0.1 s (the built-in templates are checked at build time, see check-shipped-templates.ts).
  it.each([
    [["--version"], /exceljs|[\\/]docx[\\/]|zod|narrative-docx|core[\\/](template|narrative|validate|consolidate)/, 0],
    [["template", "list"], /exceljs|[\\/]docx[\\/]|zod|narrative-docx|core[\\/](narrative|validate|consolidate)|template[\\/](schema|load-template)/, 0],
    // Without --docx the 综述 is text only: no Word library, and a summary is read without ExcelJS.
    [["narrate", join("test", "fixtures", "v0.1", "propaganda", "summary.xlsx")], /node_modules[\\/]exceljs|[\\/]docx[\\/]|narrative-docx/, 0],
    // The summary is written by the lean writer, the units read by the lean reader: ExcelJS is never loaded.
    [["consolidate", join("test", "fixtures", "v0.1", "propaganda", "units"), "-o", summary, "--force"], /node_modules[\\/]exceljs|[\\/]docx[\\/]/, 0],
  ])("huibao %p loads no module it does not use", (args, unused, exitCode) => {
    const { code, files, modules } = loadedBy(args);
    expect(code).toBe(exitCode);
    expect([...files, ...modules].filter((name) => unused.test(name))).toEqual([]);
    expect(modules.length).toBeGreaterThan(3); // the command line itself did load
  });

  it("loads ExcelJS from node_modules where a workbook is opened with it", () => {
    // The other side of the check above, so it cannot pass by not seeing ExcelJS at all.
    const blank = join(tmpdir(), `huibao-bin-blank-${process.pid}.xlsx`);
    try {
      const { code, files } = loadedBy(["template", "new-workbook", "supplies", "--unit", "城关镇", "-o", blank]);
      expect(code).toBe(0);
      expect(files.some((file) => /node_modules[\\/]exceljs[\\/]/.test(file))).toBe(true);
    } finally {
      rmSync(blank, { force: true });
    }
  });
});
