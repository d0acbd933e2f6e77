// The 汇总 worker's entry (spawned by _lib/spawn-consolidate-worker.ts): reading, auditing and
// consolidating the picked files off the pane's main thread. It imports no React and no Fluent UI.
import type { WorkerEndpoint } from "./_lib/consolidate-worker-protocol";
import { serveConsolidation } from "./_lib/serve-consolidation";

serveConsolidation(self as unknown as WorkerEndpoint);
