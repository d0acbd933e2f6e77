import { writeFileSync } from "node:fs";

// Loaded by the benchmark with `node --require` into the command it times: at exit, the process's peak
// memory (MB) is written where HUIBAO_BENCH_PEAK says, so the whole command's memory is its own.
const target = process.env.HUIBAO_BENCH_PEAK;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS / 1024)));
