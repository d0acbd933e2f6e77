import { planRosterSheet } from "../../../src/core/consolidate";
import { serveConsolidation } from "../../../src/taskpane/consolidate/_lib/serve-consolidation";
import type { FromWorker, ToWorker } from "../../../src/taskpane/consolidate/_lib/consolidate-worker-protocol";
import { CANCEL_GRACE_MS, consolidateOffThread, type ConsolidateWorker } from "../../../src/taskpane/consolidate/consolidate-off-thread";
import { runConsolidation, type ConsolidationRequest, type ConsolidationRun } from "../../../src/taskpane/consolidate/run-consolidation";
import { unitConflicts } from "../../../src/taskpane/consolidate/unit-conflicts";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { rosterOf } from "../../_support/consolidate-factory";
import { reportWorkbook } from "../../_support/report-workbook";
import { smallLedgerTemplate } from "../../_support/template-factory";
import { cancelledOnFirstStep, paneRequest, paneTemplate, paneTemplates, paneUnitFile } from "../../_support/pane-consolidation";

/**
 * The pane's 汇总 through a worker: the page's side (consolidateOffThread) against the worker's
 * (serveConsolidation), joined here by a stand-in for a Worker that structured-clones every message
 * both ways and delivers it on a later turn, as a real Worker does. The real Worker in Chromium is
 * test/e2e/consolidate-worker.e2e.test.ts.
 */
const template = paneTemplate;
const templates = paneTemplates;
const unitFile = paneUnitFile;

async function rosterFile(...units: string[]): Promise<File> {
  const book = XlsxWorkbook.create("单位名录.xlsx");
  await book.createSheet(planRosterSheet(rosterOf(...units)));
  return new File([(await book.toBytes()) as BlobPart], "单位名录.xlsx");
}

const request = paneRequest;

/** A Worker's two ends in one process, serveConsolidation on the far one; `silent` never answers anything. */
function standInWorker(options: { silent?: boolean } = {}) {
  let terminated = false;
  const listeners: Array<(event: { data: ToWorker }) => void> = [];
  const posted: ToWorker[] = [];
  const delivered: FromWorker[] = [];
  const worker: ConsolidateWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      posted.push(message);
      const data = structuredClone(message);
      setTimeout(() => !terminated && listeners.forEach((listen) => listen({ data })), 0);
    },
    terminate() {
      terminated = true;
    },
  };
  if (!options.silent)
    serveConsolidation({
      postMessage(message: FromWorker) {
        // Throws should the worker post anything a structured clone refuses (a function, a class with private state).
        const data = structuredClone(message);
        setTimeout(() => {
          if (terminated) return;
          delivered.push(data);
          worker.onmessage?.({ data });
        }, 0);
      },
      addEventListener: (_type, listener) => listeners.push(listener),
    });
  return { worker, posted, delivered, terminated: () => terminated, spawn: async () => worker };
}

/** A run as it reads once cloned: what the page can rely on from a worker. */
const cloned = (run: ConsolidationRun) => structuredClone(run);

/** Every timer as it is, but the clock held still: the summary's 报出日期 is the time it is made, in the page and in the worker alike. */
const HELD_CLOCK = { now: new Date("2026-03-02T09:30:00+08:00"), doNotFake: ["setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "nextTick", "queueMicrotask", "hrtime", "performance"] as const };

describe("consolidateOffThread", () => {
  afterEach(() => jest.useRealTimers());

  it("gives the same run as in the page, with its progress, and ends its worker", async () => {
    const files = await Promise.all([unitFile("城关镇", "12"), unitFile("东关街道", "30"), unitFile("南湖乡", "0")]);
    const roster = await rosterFile("城关镇", "东关街道", "南湖乡", "北山镇");
    const asked = (onProgress: ConsolidationRequest["onProgress"]) =>
      request({ sources: files.map((file) => ({ kind: "file", file })), roster: { kind: "file", file: roster }, preparer: "李四", phone: "0371-1234567", onProgress });
    const progress: Array<[number, number, string]> = [];
    const inPage: Array<[number, number, string]> = [];
    const { spawn, terminated } = standInWorker();
    jest.useFakeTimers({ ...HELD_CLOCK, doNotFake: [...HELD_CLOCK.doNotFake] });

    const run = await consolidateOffThread(asked((...p) => progress.push(p)), spawn);
    const reference = await runConsolidation(asked((...p) => inPage.push(p)));

    if (!run.ok || !reference.ok) throw new Error("not consolidated");
    // The steps as the page would hear them: the first at once, then the latest ten times a second, the last always.
    expect(progress[0]).toEqual(inPage[0]);
    expect(progress.every((step, i) => inPage.findIndex((p) => p.join() === step.join()) > (i ? inPage.findIndex((p) => p.join() === progress[i - 1].join()) : -1))).toBe(true);
    expect(progress[progress.length - 1]).toEqual([3, 3, ""]);
    expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(42);
    expect(run.result.missing.map((u) => u.name)).toEqual(["北山镇"]);
    expect(run.result.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256 ?? ""))).toBe(true);
    // Everything the pane goes on with — the result, the sheets to write, the 催报 — as the page itself would have it.
    expect(run).toStrictEqual(cloned(reference));
    expect(terminated()).toBe(true);
  });

  it("asks nothing itself: a 填报单位 that contradicts the file name comes back as a conflict, and the answer is taken on a second run", async () => {
    const files = [await unitFile("城关镇", "12"), await unitFile("城关镇", "7", "县卫健局.xlsx")];
    const roster = await rosterFile("城关镇", "县卫健局");
    const asked = (unitDecisions?: Record<string, "header" | "file">) =>
      request({ sources: files.map((file) => ({ kind: "file", file })), roster: { kind: "file", file: roster }, ...(unitDecisions ? { unitDecisions } : {}) });

    const first = await consolidateOffThread(asked(), standInWorker().spawn);
    if (!first.ok) throw new Error(first.reason);
    const conflicts = unitConflicts(first.result);
    expect(conflicts.map((c) => [c.file, c.byHeader, c.byFile])).toEqual([["县卫健局.xlsx", "城关镇", "县卫健局"]]);

    const second = await consolidateOffThread(asked({ [conflicts[0].key]: "file" }), standInWorker().spawn);
    if (!second.ok) throw new Error(second.reason);
    expect(unitConflicts(second.result)).toEqual([]);
    expect(second.result.units.map((u) => u.name).sort()).toEqual(["县卫健局", "城关镇"].sort());
    expect(second.result.totals.find((t) => t.key === "total")?.value).toBe(19);
  });

  describe("edge cases", () => {
    it("stops on 取消: the worker is told, and the run rejects with the abort's reason however far the worker got", async () => {
      const controller = new AbortController();
      const files = await Promise.all([unitFile("城关镇", "12"), unitFile("东关街道", "30"), unitFile("南湖乡", "0")]);
      const names: string[] = [];
      const { spawn, posted, delivered, terminated } = standInWorker();
      const running = consolidateOffThread(
        request(cancelledOnFirstStep(files, controller, names)),
        spawn,
      );
      const thrown = await running.then(() => undefined, (error: unknown) => error);
      expect(controller.signal.aborted).toBe(true);
      expect(thrown).toBe(controller.signal.reason);
      expect(posted.map((m) => m.type)).toEqual(["start", "cancel"]);
      expect(names.length).toBeGreaterThan(0);
      // Ended as soon as it says it stopped (or finished), not left to run out the grace.
      while (!delivered.some((m) => m.type !== "progress")) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(terminated()).toBe(true);
    });

    it("rejects at once on 取消, and terminates a worker that does not answer within the grace it is given", async () => {
      const controller = new AbortController();
      const { spawn, posted, terminated } = standInWorker({ silent: true });
      const running = consolidateOffThread(request({ sources: [{ kind: "file", file: await unitFile("城关镇", "12") }], signal: controller.signal }), spawn);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const cancelledAt = Date.now();
      controller.abort();
      await expect(running).rejects.toBe(controller.signal.reason);
      expect(Date.now() - cancelledAt).toBeLessThan(CANCEL_GRACE_MS);
      expect(posted.map((m) => m.type)).toEqual(["start", "cancel"]);
      expect(terminated()).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, CANCEL_GRACE_MS + 20));
      expect(terminated()).toBe(true);
    });

    it("makes the run in the page when the worker fails to start", async () => {
      const { worker, spawn } = standInWorker({ silent: true });
      const running = consolidateOffThread(request({ sources: [{ kind: "file", file: await unitFile("城关镇", "12") }] }), spawn);
      await new Promise((resolve) => setTimeout(resolve, 0));
      worker.onerror?.({ message: "Refused to create a worker" });
      const run = await running;
      if (!run.ok) throw new Error(run.reason);
      expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(12);
    });

    it("makes the run in the page when no worker can be spawned at all", async () => {
      const refused = async (): Promise<ConsolidateWorker> => {
        throw new DOMException("Refused to create a worker", "SecurityError");
      };
      const run = await consolidateOffThread(request({ sources: [{ kind: "file", file: await unitFile("城关镇", "12") }] }), refused);
      if (!run.ok) throw new Error(run.reason);
      expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(12);
    });

    it("reads a sheet of the open workbook in the page, where Office.js is, and spawns no worker", async () => {
      const { port, sheet } = await reportWorkbook(template, { header: { unit: "西关街道" }, values: { total: "5" } }, { sheetName: "西关" });
      const spawn = jest.fn(standInWorker().spawn);
      const run = await consolidateOffThread(request({ port, sources: [{ kind: "file", file: await unitFile("城关镇", "12") }, { kind: "sheet", sheet }] }), spawn);
      if (!run.ok) throw new Error(run.reason);
      expect(run.result.totals.find((t) => t.key === "total")?.value).toBe(17);
      expect(spawn).not.toHaveBeenCalled();
    });

    it("says why when no file holds a known form, as in the page", async () => {
      const run = await consolidateOffThread(request({ sources: [{ kind: "file", file: new File(["单位,数值"], "清单.csv") }], templates: [smallLedgerTemplate()] }), standInWorker().spawn);
      expect(run).toEqual({ ok: false, reason: "没有一份文件能识别为已知表式，请在“表式”中指定，或检查所选文件。" });
    });
  });
});

describe("serveConsolidation", () => {
  it("stops at the next file once cancelled and says so, with no run", async () => {
    const files = await Promise.all(["城关镇", "东关街道", "南湖乡", "北山镇"].map((unit) => unitFile(unit, "1")));
    const heard: FromWorker[] = [];
    let toWorker: (event: { data: ToWorker }) => void = () => undefined;
    const ended = new Promise<void>((resolve) =>
      serveConsolidation({
        postMessage(message) {
          heard.push(structuredClone(message));
          if (message.type === "progress") toWorker({ data: { type: "cancel" } });
          else resolve();
        },
        addEventListener: (_type, listener) => (toWorker = listener),
      }),
    );
    toWorker({ data: { type: "start", job: { files: files.map((file) => ({ name: file.name, lastModified: file.lastModified, bytes: file })), templates } } });
    await ended;
    expect(heard).toEqual([{ type: "progress", done: 0, total: 4, name: "城关镇.xlsx" }, { type: "cancelled" }]);
  });
});
