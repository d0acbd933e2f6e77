import { measureFloor } from "./measure-floor";
import { unitFiles } from "./unit-files";

/**
 * The floor as a whole process: `node lib/bench/floor-process.js <folder>` starts, unzips every file's
 * sheets and shared strings and scans their values (measureFloor), prints {values, peakRssMB} and exits —
 * no recognition, audit, summary or file written. Timed from spawn to exit like the whole command and the
 * pandas peer, it is what no command that reads these files in Node can beat on this machine: pandas'
 * whole process over it is the highest ratio any whole command could reach, printed beside the target.
 * The files are not read beforehand here (the bench reads them all just before): this process is timed
 * as the command is.
 */
function run(): void {
  const { values } = measureFloor(unitFiles(process.argv[2]));
  process.stdout.write(JSON.stringify({ values, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

run();
