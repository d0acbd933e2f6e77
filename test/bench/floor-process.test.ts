import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateUnitWorkbooks } from "../../src/bench/generate-units";
import { measureFloor } from "../../src/bench/measure-floor";
import { findBuiltinTemplate } from "../../src/core/template";

/**
 * The floor as a whole process is what the bench prints as the ceiling of any whole command's ratio:
 * it must do the floor's work on every file of the folder (the values it counts are measureFloor's),
 * and load no more than that work needs — the reader's whole index would add its loading to the floor
 * and lower the ceiling it stands for. Runs the built script (npm test builds lib/ first).
 */
const SCRIPT = resolve(__dirname, "..", "..", "lib", "bench", "floor-process.js");

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "huibao-floor-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

it("counts the values of every file in the folder, as the floor measured in-process does", async () => {
  const files = await generateUnitWorkbooks(join(work, "units"), findBuiltinTemplate("rectification")!, 3, 5);
  const printed = JSON.parse(execFileSync(process.execPath, [SCRIPT, join(work, "units")], { encoding: "utf8" }).trim()) as { values: number; peakRssMB: number };
  expect(printed.values).toBe(measureFloor(files).values);
  expect(printed.values).toBeGreaterThan(0);
  expect(printed.peakRssMB).toBeGreaterThan(0);
});

it("loads the zip module, not the reader's index", () => {
  const loaded = execFileSync(
    process.execPath,
    ["-e", `process.argv[2] = ${JSON.stringify(work)}; require(${JSON.stringify(SCRIPT)}); process.stdout.write("\\n" + JSON.stringify(Object.keys(require.cache)));`],
    { encoding: "utf8" },
  );
  const modules = JSON.parse(loaded.trim().split("\n").pop()!) as string[];
  expect(modules.some((path) => path.endsWith(join("xlsx", "read", "zip-archive.js")))).toBe(true);
  expect(modules.some((path) => path.endsWith(join("xlsx", "read", "index.js")))).toBe(false);
});
