import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findBuiltinTemplate } from "../core/template";
import { generateUnitWorkbooks } from "./generate-units";

/**
 * `npm run bench`: generate unit workbooks, then consolidate them three ways, each in a fresh
 * process — the floor (unzip + scan), the product, and the pandas + openpyxl peer — and print
 * files/s, peak memory and the ratios against the baselines measured in the same run.
 * `--quick` runs the two small scenarios only.
 */
interface Measurement {
  files: number;
  values: number;
  ms: number;
  peakRssMB: number;
}

const ROOT = resolve(__dirname, "..", "..");
const WORK = join(ROOT, ".bench");
const PYTHON = "/usr/bin/python3";

const SCENARIOS = [
  { name: "indicators-100", template: "supplies", units: 100, rows: 0 },
  { name: "indicators-500", template: "supplies", units: 500, rows: 0 },
  { name: "indicators-2000", template: "supplies", units: 2000, rows: 0 },
  { name: "ledger-200x300", template: "rectification", units: 200, rows: 300 },
];

function measure(kind: "floor" | "ours", folder: string, templateId: string): Measurement {
  const out = execFileSync(process.execPath, [join(__dirname, "measure.js"), kind, folder, templateId], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

function measurePandas(folder: string): Measurement | undefined {
  if (!existsSync(PYTHON)) return undefined;
  try {
    const out = execFileSync(PYTHON, [join(ROOT, "src", "bench", "pandas-peer.py"), folder], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return JSON.parse(out.trim().split("\n").pop()!);
  } catch {
    return undefined;
  }
}

const rate = (m: Measurement) => (m.files / (m.ms / 1000)).toFixed(0);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  mkdirSync(WORK, { recursive: true });
  const results = [];
  for (const scenario of quick ? SCENARIOS.slice(0, 2) : SCENARIOS) {
    const template = findBuiltinTemplate(scenario.template)!;
    const folder = join(WORK, scenario.name);
    process.stdout.write(`\n== ${scenario.name}: 生成/复用 ${scenario.units} 个单位工作簿 …\n`);
    await generateUnitWorkbooks(folder, template, scenario.units, scenario.rows);
    const floor = measure("floor", folder, scenario.template);
    const ours = measure("ours", folder, scenario.template);
    const pandas = measurePandas(folder);
    const lines = [
      `   floor  (unzip + scan)     ${floor.ms.toFixed(0).padStart(7)} ms  ${rate(floor).padStart(6)} 文件/秒  峰值 ${floor.peakRssMB.toFixed(0)} MB`,
      `   huibao (读取+识别+汇总)     ${ours.ms.toFixed(0).padStart(7)} ms  ${rate(ours).padStart(6)} 文件/秒  峰值 ${ours.peakRssMB.toFixed(0)} MB  采用数值 ${ours.values}`,
      pandas
        ? `   pandas + openpyxl          ${pandas.ms.toFixed(0).padStart(7)} ms  ${rate(pandas).padStart(6)} 文件/秒  峰值 ${pandas.peakRssMB.toFixed(0)} MB`
        : "   pandas + openpyxl: 未安装（apt-get install python3-pandas python3-openpyxl）",
      `   比值: huibao / floor = ${ratio(ours.ms, floor.ms)}×（目标 ≤ 3×）` + (pandas ? `；pandas / huibao = ${ratio(pandas.ms, ours.ms)}×（目标 ≥ 20×）` : ""),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    results.push({ ...scenario, floor, ours, pandas, oursOverFloor: ours.ms / floor.ms, pandasOverOurs: pandas ? pandas.ms / ours.ms : null });
  }
  writeFileSync(join(WORK, "results.json"), JSON.stringify(results, null, 2));
  process.stdout.write(`\n结果已写入 ${join(WORK, "results.json")}\n`);
}

void main();
