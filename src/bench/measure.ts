import { readFileSync } from "node:fs";
import { findBuiltinTemplate } from "../core/template";
import { measureFloor } from "./measure-floor";
import { measureOurs } from "./measure-ours";
import { unitFiles } from "./unit-files";

/**
 * One measurement in a process of its own, so its peak memory is its own:
 * `node lib/bench/measure.js <floor|ours> <folder> <templateId>` prints {files, values, ms, peakRssMB}.
 */
async function run(): Promise<void> {
  const [kind, folder, templateId] = process.argv.slice(2);
  const files = unitFiles(folder);
  const template = findBuiltinTemplate(templateId);
  if (!template) throw new Error(`unknown template ${templateId}`);
  // The files are read once untimed, so every measurement finds them in the page cache: this
  // machine reclaims idle cache within seconds, and disk reads would swamp what is measured.
  for (const file of files) readFileSync(file);
  const start = performance.now();
  const { values } = kind === "floor" ? measureFloor(files) : await measureOurs(files, template);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ files: files.length, values, ms, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

void run();
