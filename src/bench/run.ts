import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findBuiltinTemplate } from "../core/template";
import { generateUnitWorkbooks } from "./generate-units";
import { measureConsolidateCommand, measureProcess, type CommandRun } from "./measure-command";

/**
 * `npm run bench`: generate unit workbooks, then consolidate them three ways, each in a fresh
 * process — the floor (unzip + scan), the product, and the pandas + openpyxl peer — and print
 * files/s, peak memory and the ratios against the baselines measured in the same run. Then the whole
 * command a clerk runs (`huibao consolidate … -o 汇总.xlsx`, process start to the workbook on disk, audit
 * and summary sheets included), COMMAND_REPEATS times, against the pandas peer's whole process and the
 * floor's (start, unzip, scan: the ceiling of any whole command's ratio).
 * Each measuring process reads the files once before its clock starts, so none pays for the disk;
 * the floor and the product are measured REPEATS times each, alternately, and their medians compared
 * (pandas, dozens of times slower, once, after a read of the files). `--quick` runs the two small scenarios only; `--only <name>` one scenario.
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
const REPEATS = 5;
const COMMAND_REPEATS = 3;

const SCENARIOS = [
  { name: "indicators-100", template: "supplies", units: 100, rows: 0 },
  { name: "indicators-500", template: "supplies", units: 500, rows: 0 },
  { name: "indicators-2000", template: "supplies", units: 2000, rows: 0 },
  { name: "grid-500", template: "resumption", units: 500, rows: 0 },
  { name: "ledger-200x300", template: "rectification", units: 200, rows: 300 },
];

/** What the issue asks of the whole command, per scenario: pandas' whole process over ours, or a memory ceiling. */
const COMMAND_TARGETS: Record<string, { overPandas?: number; peakMB?: number }> = {
  "indicators-500": { overPandas: 20 },
  "indicators-2000": { peakMB: 1024 },
  "ledger-200x300": { overPandas: 10 },
};

function measure(kind: "floor" | "ours", folder: string, templateId: string): Measurement {
  const out = execFileSync(process.execPath, [join(__dirname, "measure.js"), kind, folder, templateId], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** The pandas peer in its own process: its own timing of the work, and the whole process's wall time. */
function measurePandas(folder: string, ledger: boolean): { inner: Measurement; process: CommandRun } | undefined {
  if (!existsSync(PYTHON)) return undefined;
  try {
    const run = measureProcess(PYTHON, [join(ROOT, "src", "bench", "pandas-peer.py"), folder, ...(ledger ? ["--ledger"] : [])]);
    return { inner: JSON.parse(run.stdout.trim().split("\n").pop()!), process: { ms: run.ms, peakRssMB: run.peakRssMB } };
  } catch {
    return undefined;
  }
}

/** The median run by wall time, with the highest peak memory of all runs and the median CPU seconds (the busier machine's noise is in the clock, less in CPU time). */
function medianRun(runs: CommandRun[]): CommandRun {
  const cpu = runs.map((r) => r.cpuS).filter((s): s is number => s !== undefined).sort((a, b) => a - b);
  return {
    ...[...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)],
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    ...(cpu.length ? { cpuS: cpu[Math.floor(cpu.length / 2)] } : {}),
  };
}

/**
 * The whole-command lines: ours against pandas' whole process, and the scenario's target where it has one;
 * then the floor as a whole process, and pandas' whole process over it — the most any whole command
 * reading these files in Node could reach, so a target above it is out of reach on this machine.
 */
function commandLines(name: string, command: CommandRun, pandas: CommandRun | undefined, floor: CommandRun): string[] {
  const target = COMMAND_TARGETS[name] ?? {};
  const against = pandas ? `；pandas 整个进程 ${pandas.ms.toFixed(0)} ms，pandas / huibao = ${ratio(pandas.ms, command.ms)}×` + (target.overPandas ? `（目标 ≥ ${target.overPandas}×）` : "") : "";
  const memory = target.peakMB ? `（目标 < ${target.peakMB} MB）` : "";
  const ceiling = pandas ? `；pandas / floor 整个进程 = ${ratio(pandas.ms, floor.ms)}×（整条命令比值的上限）` : "";
  return [
    `   整条命令（启动 → 汇总工作簿落盘，含审核；测 ${COMMAND_REPEATS} 次取中位数）`,
    `   huibao consolidate          ${command.ms.toFixed(0).padStart(7)} ms  CPU ${command.cpuS?.toFixed(2) ?? "?"} s  峰值 ${command.peakRssMB.toFixed(0)} MB${memory}${against}`,
    `   floor 整个进程（启动 → 解压扫描完，不写文件） ${floor.ms.toFixed(0).padStart(7)} ms  huibao / floor = ${ratio(command.ms, floor.ms)}×${ceiling}`,
  ];
}

/** The floor as a whole process (floor-process.ts), timed as the command is. */
function measureFloorProcess(folder: string): CommandRun {
  return measureProcess(process.execPath, [join(__dirname, "floor-process.js"), folder]);
}

/** The measurement of median time among several (all of them are kept in results.json). */
function median(runs: Measurement[]): Measurement {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

/** Reads every file once, so that pandas too finds them in the page cache. */
function warmCache(files: readonly string[]): void {
  for (const file of files) readFileSync(file);
}

const rate = (m: Measurement) => (m.files / (m.ms / 1000)).toFixed(0);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  mkdirSync(WORK, { recursive: true });
  const results = [];
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
  const chosen = only ? SCENARIOS.filter((s) => s.name === only) : quick ? SCENARIOS.slice(0, 2) : SCENARIOS;
  for (const scenario of chosen) {
    const template = findBuiltinTemplate(scenario.template)!;
    const folder = join(WORK, scenario.name);
    process.stdout.write(`\n== ${scenario.name}: 生成/复用 ${scenario.units} 个单位工作簿 …\n`);
    const files = await generateUnitWorkbooks(folder, template, scenario.units, scenario.rows);
    const floorRuns: Measurement[] = [];
    const oursRuns: Measurement[] = [];
    for (let i = 0; i < REPEATS; i++) {
      floorRuns.push(measure("floor", folder, scenario.template));
      oursRuns.push(measure("ours", folder, scenario.template));
    }
    // Time is the median run's; peak memory is the highest of all runs.
    const floor = { ...median(floorRuns), peakRssMB: Math.max(...floorRuns.map((r) => r.peakRssMB)) };
    const ours = { ...median(oursRuns), peakRssMB: Math.max(...oursRuns.map((r) => r.peakRssMB)) };
    warmCache(files);
    const peer = measurePandas(folder, template.kind === "ledger");
    const pandas = peer?.inner;
    const commandRuns: CommandRun[] = [];
    const floorProcessRuns: CommandRun[] = [];
    // Alternately, as the floor and the product above: a busier minute weighs on both alike.
    for (let i = 0; i < COMMAND_REPEATS; i++) {
      floorProcessRuns.push(measureFloorProcess(folder));
      commandRuns.push(measureConsolidateCommand(folder, scenario.template));
    }
    const command = medianRun(commandRuns);
    const floorProcess = medianRun(floorProcessRuns);
    const lines = [
      `   (floor 与 huibao 各测 ${REPEATS} 次取中位数；pandas 测 1 次)`,
      `   floor  (unzip + scan)     ${floor.ms.toFixed(0).padStart(7)} ms  ${rate(floor).padStart(6)} 文件/秒  峰值 ${floor.peakRssMB.toFixed(0)} MB`,
      `   huibao (读取+识别+汇总)     ${ours.ms.toFixed(0).padStart(7)} ms  ${rate(ours).padStart(6)} 文件/秒  峰值 ${ours.peakRssMB.toFixed(0)} MB  采用数值 ${ours.values}`,
      pandas
        ? `   pandas + openpyxl          ${pandas.ms.toFixed(0).padStart(7)} ms  ${rate(pandas).padStart(6)} 文件/秒  峰值 ${pandas.peakRssMB.toFixed(0)} MB`
        : "   pandas + openpyxl: 未安装（apt-get install python3-pandas python3-openpyxl）",
      `   比值: huibao / floor = ${ratio(ours.ms, floor.ms)}×（目标 ≤ 3×）` + (pandas ? `；pandas / huibao = ${ratio(pandas.ms, ours.ms)}×（目标 ≥ 20×）` : ""),
      ...commandLines(scenario.name, command, peer?.process, floorProcess),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    results.push({
      ...scenario,
      floor,
      ours,
      pandas,
      floorRuns,
      oursRuns,
      oursOverFloor: ours.ms / floor.ms,
      pandasOverOurs: pandas ? pandas.ms / ours.ms : null,
      command,
      commandRuns,
      pandasProcess: peer?.process ?? null,
      pandasProcessOverCommand: peer ? peer.process.ms / command.ms : null,
      floorProcess,
      floorProcessRuns,
      pandasProcessOverFloorProcess: peer ? peer.process.ms / floorProcess.ms : null,
    });
  }
  writeFileSync(join(WORK, "results.json"), JSON.stringify(results, null, 2));
  process.stdout.write(`\n结果已写入 ${join(WORK, "results.json")}\n`);
}

void main();
