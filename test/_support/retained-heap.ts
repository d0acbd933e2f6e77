import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The heap in use once V8 has collected everything it can (its collector exposed for the test). */
function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The bytes of heap that what `make` returns keeps alive: the median of three measures, after one not
 * counted (it compiles the code `make` runs, and lets go whatever an earlier test suite left to collect,
 * either of which would move a first measure by a megabyte). Bytes, never time.
 */
export function retainedHeap(make: () => unknown): number {
  const measures: number[] = [];
  for (let i = 0; i < 4; i++) {
    const before = heapAfterGc();
    let kept: unknown = make();
    const retained = heapAfterGc() - before;
    if (kept === undefined) throw new Error("nothing kept");
    kept = undefined;
    if (i > 0) measures.push(retained);
  }
  return measures.sort((a, b) => a - b)[1];
}
