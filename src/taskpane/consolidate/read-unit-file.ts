import type { UnitInput } from "../../core/consolidate";
import { intakeContent } from "./_lib/intake-content";
import { sha256Hex } from "./_lib/sha256-hex";

/** A unit's file as consolidation takes it; a file that cannot be read comes back as an unreadable input with its reason, never a stop. */
export type UnitFileReader = (fileName: string, bytes: Uint8Array, order: number) => Promise<UnitInput>;

/**
 * Read one unit's workbook in the page: its SHA-256, then its sheets and the template bindings kept
 * in its very hidden sheet. `order` tells which of two files from one unit came later when their
 * 报出日期 do not (the file's modification time).
 */
export const readUnitFile: UnitFileReader = async (fileName, bytes, order) => {
  const sha256 = await sha256Hex(bytes);
  const hash = sha256 ? { sha256 } : {};
  const read = await intakeContent(fileName, bytes);
  if (!read.ok) return { fileName, order, ...hash, error: { code: read.code, problem: read.problem } };
  const { sheets, bindings } = read.content;
  return {
    fileName,
    order,
    ...hash,
    sheets: [...sheets],
    bindings: bindings.map((b) => ({ templateVersion: "", templateJson: "", ...b })),
  };
};
