export { intakeFile } from "./intake-file";
export type { IntakeResult } from "./intake-file";
export { sniffFile } from "./sniff-file";
export type { FileKind } from "./file-kind";
