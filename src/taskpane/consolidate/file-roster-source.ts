import type { RosterSource } from "../../app";
import { readFileBytes } from "../shared/read-file-bytes";
import { intakeContent } from "./_lib/intake-content";

/** A roster file picked in the pane (单位名录.xlsx), read through the lean reader when the use case asks for it. */
export function fileRosterSource(file: File): RosterSource {
  return {
    name: file.name,
    read: async () => {
      const read = await intakeContent(file.name, await readFileBytes(file));
      return read.ok ? { ok: true, sheets: read.content.sheets } : { ok: false, problem: read.problem };
    },
  };
}
