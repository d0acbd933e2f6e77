import type { AnyProblem } from "../locale";
import type { InputReason } from "./consolidation-result";

function isProblem(value: unknown): value is AnyProblem {
  return typeof value === "object" && value !== null && "code" in value && "params" in value;
}

/** The problem with every `file` it names left out, at any depth, so the message says 该文件 instead. */
function withoutFile(problem: AnyProblem): AnyProblem {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem.params)) {
    if (key !== "file") params[key] = isProblem(value) ? withoutFile(value) : value;
  }
  return { code: problem.code, params };
}

/**
 * Why a file was not used, worded for a line that already names it (the pane's 未采用“北山镇.xls”：…, the
 * 催报 notice's “1. 北山镇.xls：…”): the file is
 * not named again, and a file that could not be read says only what is wrong with it — not
 * "文件“x”无法读取：文件“x”是旧版…", the name three times over.
 */
export function rejectedReason(reason: InputReason): AnyProblem {
  if (reason.code === "consolidate.input.unreadable" && isProblem(reason.params.detail)) return withoutFile(reason.params.detail);
  return withoutFile(reason);
}
