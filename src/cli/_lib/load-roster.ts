import { resolve } from "node:path";
import { rosterFromSheet, type Roster } from "../../core/consolidate";
import { message, problemText } from "../../core/locale";
import { CliError } from "./cli-error";
import { loadOrFail } from "./load-or-fail";

/** The roster (单位名录) from the first visible sheet that reads as one. */
export async function loadRoster(path: string, cwd: string): Promise<Roster> {
  const { content } = await loadOrFail(resolve(cwd, path));
  const problems: string[] = [];
  for (const sheet of content.sheets.filter((s) => s.visibility === "visible")) {
    const result = rosterFromSheet(sheet);
    if (result.ok) return result.roster;
    problems.push(...result.problems.map((p) => problemText(p)));
  }
  throw new CliError(message("cli.consolidate.roster-unusable", { file: path, problems: problems.join("；") || "—" }), "bad-input");
}
