/* eslint-disable @typescript-eslint/no-explicit-any -- a proxy over untyped mock objects */
import { API_MEMBERS, MEMBER_RETURNS, OBJECT_MEMBERS } from "./api-members";

/**
 * Office.js as real Excel is documented to behave, laid over an office-addin-mock tree (the Excel
 * fakes in test/workbook/office/_support build the tree; this layer decides what Excel would refuse).
 * A batch gets the context through a proxy that knows each object's class, so every member the
 * adapter touches is checked against its requirement set (api-members.ts) and every write counted
 * toward the request size. Failures are raised where Excel raises them: at `context.sync()`, so the
 * whole batch fails as one request does.
 *
 * The rules, each with the page that states it:
 *
 * 1. ApiNotFound for a member of a requirement set above the host's: "If the Office application
 *    doesn't support the requirement sets or API methods … the API is not available"
 *    (office-js-docs-pr docs/develop/office-versions-and-requirement-sets.md; sets per member in
 *    office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.<class>.yml).
 * 2. UncheckedApi (the fake's own code, not Excel's) for a member above the manifest's floor used
 *    without asking `isSetSupported` for its set first: it works on this host and fails on the
 *    oldest host the manifest admits (docs/develop/specify-office-hosts-and-api-requirements.md,
 *    "runtime checks for methods and requirement set support").
 * 3. RequestPayloadSizeLimitExceeded when the JSON of a request's values, number formats and
 *    formulas (plus a small overhead per command) passes 5 MB; ResponsePayloadSizeLimitExceeded when
 *    what a sync loads does (office-js-docs-pr docs/excel/performance.md, "Payload size limit best
 *    practices": "Excel on the web limits requests and responses to 5 MB"). The fakes apply queued
 *    writes as they are queued, so a refused request's writes are not rolled back: tests check the
 *    refusal and what the adapter does next, not the cells of the refused request.
 * 4. Reading more than five million cells yields null values (performance.md: "a range is limited to
 *    five million cells for get operations") — applied by the fakes when they load a range.
 * 5. Worksheet.delete of a VeryHidden sheet fails with InvalidOperation (excel.worksheet.yml, delete:
 *    "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
 *    InvalidOperation exception") — the fakes call `fail`.
 * 6. Workbook.getSelectedRange fails when several ranges are selected (excel.workbook.yml,
 *    getSelectedRange: "If there are multiple ranges selected, this method will throw an error"; the
 *    code is not documented, InvalidSelection from Excel.ErrorCodes is used).
 * 7. An event handler is removed through the RequestContext it was added with
 *    (docs/excel/excel-add-ins-events.md, "Remove an event handler": "the RequestContext used to
 *    create the event handler is needed to remove it") — `remove()` in another context fails.
 * 8. A member this table does not know is refused (UnknownApiMember), so a new call cannot pass
 *    untagged.
 */

export interface HostProfile {
  /** A name for test titles: "floor 1.10", "comments 1.17", "newest 1.20". */
  name: string;
  /** The highest ExcelApi set the host implements. */
  api: string;
  /** The manifest's minimum ExcelApi set: members above it need a runtime check first. */
  floor: string;
}

/** The manifest's <Set Name="ExcelApi" MinVersion>; test/manifest-floor.test.ts keeps the two in step. */
export const MANIFEST_FLOOR = "1.10";
export const NEWEST_SET = "1.20";

export const HOSTS = {
  /** The oldest Excel the manifest admits: threaded comments, no notes. */
  floor: { name: `floor ${MANIFEST_FLOOR}`, api: MANIFEST_FLOOR, floor: MANIFEST_FLOOR },
  /** The newest Excel without notes (comments mode). */
  comments: { name: "comments 1.17", api: "1.17", floor: MANIFEST_FLOOR },
  /** Today's Microsoft 365 (notes mode). */
  newest: { name: `newest ${NEWEST_SET}`, api: NEWEST_SET, floor: MANIFEST_FLOOR },
} satisfies Record<string, HostProfile>;

export const HOST_PROFILES: HostProfile[] = Object.values(HOSTS);

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_LIMIT_CELLS = 5_000_000;
/** What each queued command adds to a request besides its data (the object path, the method name). */
const COMMAND_BYTES = 60;
const CELL_PROPERTIES = new Set(["values", "numberFormat", "formulas", "valueTypes", "text"]);
/** Names the runtime and Jest look up on any object; never Office.js members. */
const RUNTIME_NAMES = new Set(["then", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "toString", "valueOf", "inspect"]);

export function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export function officeError(code: string, text = code): Error {
  return Object.assign(new Error(text), { name: "RichApi.Error", code });
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

function loadedNames(what: unknown): string[] {
  if (typeof what === "string") return what.split(",").map((s) => s.trim());
  if (Array.isArray(what)) return what.map(String);
  if (what && typeof what === "object") return Object.keys(what);
  return [];
}

/** `Excel.run` with the overloads the adapter uses. */
export interface ExcelRunLike {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(optionsOrContext: Excel.RunOptions | Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export class StrictExcel {
  readonly profile: HostProfile;
  /** Every `isSetSupported("ExcelApi", v)` the code asked. */
  readonly asked = new Set<string>();
  /** Members used, "Class.member", for tests that list what the adapter touches. */
  readonly used = new Set<string>();
  private pending: Error | undefined;
  private requestBytes = 0;
  private loads: { target: any; names: string[] }[] = [];
  private readonly proxies = new WeakMap<object, any>();
  private readonly targets = new WeakMap<object, object>();
  /** The context of the batch running now (rule 7). */
  current: unknown;

  constructor(profile: HostProfile) {
    this.profile = profile;
  }

  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    this.asked.add(version);
    return versionAtLeast(this.profile.api, version);
  };

  /** Excel refuses the batch at its next sync (rules 5–7, raised by the fakes). */
  fail(code: string, text = code): void {
    this.pending ??= officeError(code, text);
  }

  /** `Excel.run` over a fake's own: the batch sees the strict context; leftovers fail at the end. */
  run<T>(context: object, batch: (context: any) => Promise<T>): Promise<T> {
    return this.runIn(this.wrap(context, "RequestContext"), batch);
  }

  /** The options of each `Excel.run(options, batch)`. */
  readonly runOptions: unknown[] = [];

  /**
   * `Excel.run` over a fake whose object tree hangs under `context`, with its overloads: (batch),
   * (options, batch) and (context, batch) — the last in the context of an earlier batch. `before`
   * runs first and may throw, as a host that refuses the whole run.
   */
  excelRun(context: object, before: () => void = () => undefined): ExcelRunLike {
    return (async (first: unknown, second?: unknown) => {
      before();
      const batch = (typeof first === "function" ? first : second) as (context: any) => Promise<unknown>;
      if (typeof first === "function") return this.run(context, batch);
      if (this.targets.has(first as object)) return this.runIn(first as object, batch);
      this.runOptions.push(first);
      return this.run(context, batch);
    }) as ExcelRunLike;
  }

  /** `Excel.run(context, batch)`: a batch in the (strict) context of an earlier one. */
  runIn<T>(strict: object, batch: (context: any) => Promise<T>): Promise<T> {
    const previous = this.current;
    this.current = strict;
    this.reset();
    return (async () => {
      try {
        const result = await batch(strict);
        this.throwPending();
        return result;
      } finally {
        this.current = previous;
        this.reset();
      }
    })();
  }

  /** The strict object over a fake's own (same proxy for the same object, so identity holds). */
  wrap(target: any, className: string): any {
    if (target === null || typeof target !== "object") return target;
    if (className.endsWith("[]")) return Array.isArray(target) ? target.map((t) => this.wrap(t, className.slice(0, -2))) : target;
    // Each Excel.run gets a RequestContext of its own; the objects under it are shared.
    const known = className === "RequestContext" ? undefined : this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => this.get(t, prop, receiver, className),
      set: (t, prop, value) => {
        if (typeof prop === "string") this.touch(className, prop, "set", value);
        t[prop] = this.unwrap(value);
        return true;
      },
    });
    if (className !== "RequestContext") this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private unwrap<V>(value: V): V {
    return (value !== null && typeof value === "object" && (this.targets.get(value as object) as V)) || value;
  }

  private get(target: any, prop: string | symbol, receiver: unknown, className: string): unknown {
    if (typeof prop === "symbol" || prop.startsWith("_") || RUNTIME_NAMES.has(prop)) return Reflect.get(target, prop);
    if (className === "RequestContext" && prop === "sync") return () => this.sync(target);
    this.touch(className, prop, "get");
    const value = Reflect.get(target, prop);
    const returns = MEMBER_RETURNS[`${className}.${prop}`];
    if (typeof value === "function") {
      return (...args: unknown[]) => {
        if (prop === "load") this.loads.push({ target, names: loadedNames(args[0]) });
        else this.requestBytes += COMMAND_BYTES + jsonBytes(args.filter((a) => typeof a !== "object"));
        const result = value.apply(target, args.map((a) => this.unwrap(a)));
        if (prop === "load") return receiver;
        return returns ? this.wrap(result, returns) : result;
      };
    }
    return returns ? this.wrap(value, returns) : value;
  }

  /** Rules 1, 2, 3 (request size) and 8, for one member of one class. */
  private touch(className: string, prop: string, how: "get" | "set", value?: unknown): void {
    if (OBJECT_MEMBERS.has(prop)) return;
    const member = `${className}.${prop}`;
    const set = API_MEMBERS[member];
    if (set === undefined) {
      this.fail("UnknownApiMember", `${member} is not in test/_support/strict-excel/api-members.ts`);
      return;
    }
    this.used.add(member);
    if (!versionAtLeast(this.profile.api, set)) this.fail("ApiNotFound", `${member} needs ExcelApi ${set}; this host has ${this.profile.api}`);
    else if (!versionAtLeast(this.profile.floor, set) && ![...this.asked].some((v) => versionAtLeast(v, set))) {
      this.fail("UncheckedApi", `${member} needs ExcelApi ${set}, above the manifest's ${this.profile.floor}, and isSetSupported was not asked`);
    }
    if (how === "set") this.requestBytes += COMMAND_BYTES + (CELL_PROPERTIES.has(prop) ? jsonBytes(value) : 0);
  }

  private async sync(context: any): Promise<void> {
    this.throwPending();
    if (this.requestBytes > REQUEST_LIMIT_BYTES) {
      const bytes = this.requestBytes;
      this.reset();
      throw officeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    }
    const loads = this.loads;
    this.reset();
    await context.sync();
    let response = 0;
    for (const { target, names } of loads) for (const name of names) if (CELL_PROPERTIES.has(name)) response += jsonBytes(target[name]);
    if (response > RESPONSE_LIMIT_BYTES) throw officeError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }

  private throwPending(): void {
    const error = this.pending;
    this.pending = undefined;
    if (error) {
      this.reset();
      throw error;
    }
  }

  private reset(): void {
    this.requestBytes = 0;
    this.loads = [];
  }
}
