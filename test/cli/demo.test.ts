import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo } from "../../src/cli/demo";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { readXlsxFile } from "../../src/workbook/xlsx/xlsx-file";

describe("npm run demo", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "huibao-demo-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("writes a blank unit workbook of every built-in template and says so in Chinese", async () => {
    let out = "";
    const code = await runDemo({ out: (t) => void (out += t), err: (t) => void (out += t), cwd: folder }, "out");
    expect(code).toBe(0);
    const files = await readdir(join(folder, "out"));
    expect(files).toHaveLength(BUILTIN_TEMPLATES.length);
    for (const template of BUILTIN_TEMPLATES) {
      const file = files.find((f) => f.startsWith(template.id + "-"))!;
      const [binding] = await (await readXlsxFile(join(folder, "out", file))).readBindings();
      expect(binding.templateId).toBe(template.id);
      expect(out).toContain(`《${template.title}》`);
    }
    expect(out).toContain(`共生成 ${BUILTIN_TEMPLATES.length} 个文件`);
  });

  describe("edge cases", () => {
    it("runs again over its own earlier output", async () => {
      const io = { out: () => undefined, err: (t: string) => void (err += t), cwd: folder };
      let err = "";
      expect(await runDemo(io, "out")).toBe(0);
      expect(err).toBe("");
    });
  });
});
