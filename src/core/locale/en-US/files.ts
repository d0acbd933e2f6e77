import type { filesZh } from "../zh-CN/files";

export const filesEn: typeof filesZh = {
  "xlsx-file.not-found": (p) => `File "${p.file}" was not found; check the path.`,

  "xlsx-file.read-failed": (p) => `Cannot read file "${p.file}": ${p.reason}.`,

  "xlsx-file.write-failed": (p) => `Cannot write file "${p.file}": ${p.reason}. Any existing file was left unchanged.`,

  "xlsx-file.reason-no-folder": () => "the folder does not exist",

  "xlsx-file.reason-no-permission": () => "permission denied (the file may be open in Excel or WPS, or the folder is read-only)",

  "xlsx-file.reason-is-folder": () => "it is a folder, not a file",

  "xlsx-file.reason-disk-full": () => "the disk is full",

  "xlsx-file.reason-read-only": () => "the disk or folder is read-only",

  "xlsx-file.reason-other": (p) => `system error (${p.detail})`,
};
