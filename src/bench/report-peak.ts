import { writeFileSync } from "node:fs";

// Loaded by the benchmark with `node --require` into the command it times: at exit, the process's peak
// memory (MB) and the CPU seconds it used (user + system) are written as JSON where HUIBAO_BENCH_PEAK
// says, so the whole command's figures are its own. CPU time is reported beside the wall clock because
// on a machine shared with other work the wall clock measures the neighbours as much as the command.
const target = process.env.HUIBAO_BENCH_PEAK;
if (target)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ peakRssMB: usage.maxRSS / 1024, cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
