/**
 * Writing failed part of the way: the port cannot delete a sheet, so what was made cannot be rolled
 * back in Excel. The sheets made are named, so the clerk can remove them; `cause` is the failure.
 */
export class PartialWriteError extends Error {
  constructor(
    readonly written: string[],
    options: { cause: unknown },
  ) {
    super(`written only in part: ${written.join(", ")}`, options);
    this.name = "PartialWriteError";
  }
}
