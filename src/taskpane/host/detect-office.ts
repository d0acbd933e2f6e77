/**
 * Whether the page runs inside Excel. office.js is loaded by a script tag from the CDN; outside
 * Office that script may be missing (offline, blocked) or load and report no host, and in a broken
 * environment `Office.onReady` may never settle — so the wait is capped and anything but a clear
 * "Excel" answer means the browser page. Outside Office a loaded office.js answers at once (no
 * host), so the cap only matters when something is broken; it is generous because a slow Excel
 * must not be mistaken for the browser.
 */
export type OfficeHostKind = "excel" | "browser";

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
}

export async function detectOffice(
  timeoutMs = 10_000,
  scope: { Office?: unknown } = globalThis as { Office?: unknown },
): Promise<OfficeHostKind> {
  const office = scope.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== "function") return "browser";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  const ready = office.onReady().then(
    (info) => info,
    () => undefined,
  );
  const info = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  const excel = office.HostType?.Excel ?? "Excel";
  return info?.host && info.host === excel ? "excel" : "browser";
}
