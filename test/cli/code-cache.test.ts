import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeCacheFolder } from "../../src/cli/_lib/code-cache";
import { ensureCliBundle, ROOT } from "../_support/cli-bundle";

const root = ROOT;
const bin = join(root, "bin", "huibao.js");
let temp: string;
beforeAll(ensureCliBundle, 300_000);
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), "huibao-code-cache-test-"));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** `huibao …` with its temporary folder (where the cache lives) in `temp`. */
function huibao(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, TMPDIR: temp, HUIBAO_NO_CODE_CACHE: "" } });
}
const cacheOf = () => join(temp, `huibao-code-cache-${process.getuid!()}`);
const cached = () => readdirSync(cacheOf()).sort();
const written = () => Object.fromEntries(cached().map((name) => [name, statSync(join(cacheOf(), name)).mtimeMs]));

const describeOnPosix = process.getuid ? describe : describe.skip;

describeOnPosix("V8's code cache for the bundle", () => {
  it("is written by the first run for each bundle file it loaded, and used as it is by the next", () => {
    const first = huibao("template", "list", "--json");
    expect(first.status).toBe(0);
    expect(cached()).toEqual([
      expect.stringMatching(/^huibao\.js\.[0-9a-f]{8}\.\d+-\d+\.v[\d.]+\.v8$/),
      expect.stringMatching(/^src_cli_commands_template-list_ts\.js\./),
      expect.stringMatching(/^src_core_template_builtin_builtin-templates_ts\.js\./),
      expect.stringMatching(/^template\.js\./),
    ]);
    const before = written();
    const second = huibao("template", "list", "--json");
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe("");
    // A cache V8 accepted is not written again; one it rejected would be.
    expect(written()).toEqual(before);
  });

  it("never fails a command over a damaged cache: V8 rejects it, the command runs, the cache is written anew", () => {
    const first = huibao("--version");
    const [name] = cached();
    writeFileSync(join(cacheOf(), name), "not a code cache");
    const size = statSync(join(cacheOf(), name)).size;
    const again = huibao("--version");
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(statSync(join(cacheOf(), name)).size).toBeGreaterThan(size);
  });

  it("is not used where the folder is not the user's own (writable by others), nor where a file takes its name", () => {
    mkdirSync(cacheOf(), { mode: 0o777 });
    chmodSync(cacheOf(), 0o777);
    const open = huibao("--version");
    expect(open.status).toBe(0);
    expect(cached()).toEqual([]);
    rmSync(cacheOf(), { recursive: true });
    writeFileSync(cacheOf(), "");
    const blocked = huibao("--version");
    expect(blocked.status).toBe(0);
    expect(blocked.stdout).toBe(open.stdout);
  });

  it("is not used with HUIBAO_NO_CODE_CACHE set", () => {
    const run = spawnSync(process.execPath, [bin, "--version"], { cwd: root, encoding: "utf8", env: { ...process.env, TMPDIR: temp, HUIBAO_NO_CODE_CACHE: "1" } });
    expect(run.status).toBe(0);
    expect(existsSync(cacheOf())).toBe(false);
  });

  it("drops the cache of an earlier build of a file when it writes the current one", () => {
    huibao("--version");
    const [name] = cached();
    const stale = name.replace(/\.\d+-\d+\./, ".1-1.");
    writeFileSync(join(cacheOf(), stale), "earlier build");
    rmSync(join(cacheOf(), name));
    huibao("--version");
    expect(cached()).toEqual([name]);
  });

  it("keeps a cache for each install: a second one (another folder) neither drops the first's nor takes it", () => {
    // The second install: bin/huibao.js and the two bundle files `--version` loads, copied elsewhere.
    const other = join(temp, "other-install");
    mkdirSync(join(other, "bin"), { recursive: true });
    mkdirSync(join(other, "lib", "bundle"), { recursive: true });
    copyFileSync(bin, join(other, "bin", "huibao.js"));
    for (const file of ["huibao.js", "code-cache.js"]) copyFileSync(join(root, "lib", "bundle", file), join(other, "lib", "bundle", file));
    const run = (binFile: string) => spawnSync(process.execPath, [binFile, "--version"], { cwd: root, encoding: "utf8", env: { ...process.env, TMPDIR: temp, HUIBAO_NO_CODE_CACHE: "" } });
    expect(run(bin).status).toBe(0);
    const first = written();
    expect(run(join(other, "bin", "huibao.js")).status).toBe(0);
    expect(cached()).toHaveLength(2);
    expect(run(bin).status).toBe(0);
    // The first install's cache was used as it is (not dropped by the second, nor written again).
    expect(written()).toMatchObject(first);
    expect(cached()).toHaveLength(2);
  });

  describe("edge cases", () => {
    it("names a folder of the user's own, made private", () => {
      const folder = codeCacheFolder(temp)!;
      expect(folder).toBe(cacheOf());
      expect(statSync(folder).mode & 0o077).toBe(0);
    });

    it("names no folder where it cannot make one", () => {
      writeFileSync(join(temp, "file"), "");
      expect(codeCacheFolder(join(temp, "file"))).toBeUndefined();
    });
  });
});
