import { stat } from "node:fs/promises";

/** Whether something is at a path: an output file is never overwritten without --force. */
export async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
