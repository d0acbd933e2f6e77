import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run `huibao …` in-process in a folder, capturing what it prints. */
export async function runCli(cwd: string, ...args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(["node", "huibao", ...args], { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

/** No JavaScript stack frames and no English commander words reach the clerk. */
export function expectCleanError(run: CliRun): void {
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.err).not.toMatch(/error:|Error:/);
}
