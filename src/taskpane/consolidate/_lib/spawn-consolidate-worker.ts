/**
 * A new 汇总 worker. Webpack 5 sees `new Worker(new URL(…, import.meta.url))` written out in full
 * and builds the worker's entry into a bundle of its own (consolidate-worker.*.js) on the add-in's
 * site. Only the page's bundle loads this file: import.meta exists in ES modules, not in the
 * CommonJS that Jest runs, so consolidate-off-thread.ts imports it only when there is a Worker.
 */
export function spawnConsolidateWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "consolidate-worker" */
    // @ts-expect-error TS1343: tsconfig.json compiles to CommonJS for Jest and the CLI; webpack builds this file as an ES module.
    new URL("../consolidate.worker.ts", import.meta.url),
    { name: "huibao-consolidate" },
  );
}
