import { spawnSync } from "node:child_process";

/**
 * openpyxl, the independent writer and reader the tests check our files against: Debian's python3 with
 * python3-openpyxl (the python3 first on PATH may lack it). Tests that need it are skipped, with a
 * warning, where it is not installed.
 */
export const PYTHON = "/usr/bin/python3";
export const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
/** describe, or describe.skip with a warning where openpyxl is not installed. */
export const describeWithOpenpyxl = hasOpenpyxl ? describe : describe.skip;
if (!hasOpenpyxl) console.warn("跳过：/usr/bin/python3 没有 openpyxl（apt-get install python3-openpyxl）");
