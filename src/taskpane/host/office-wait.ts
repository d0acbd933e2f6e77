import { detectOffice, type OfficeHostKind } from "./detect-office";

/** How long the pane waits for Office in silence before saying so and offering the browser page. */
export const OFFICE_SLOW_MS = 8_000;

/** The clerk's choice of the browser page for this tab, made while office.js would not come (see office-boot.js). */
const MODE_KEY = "huibao.mode";

export function browserModeChosen(storage: Pick<Storage, "getItem"> | undefined = globalThis.sessionStorage): boolean {
  try {
    return storage?.getItem(MODE_KEY) === "browser";
  } catch {
    return false;
  }
}

export function chooseBrowserMode(storage: Pick<Storage, "setItem"> | undefined = globalThis.sessionStorage): void {
  try {
    storage?.setItem(MODE_KEY, "browser");
  } catch {
    // Without storage the choice holds for this start only.
  }
}

/**
 * Where the pane runs, waited for with a word to the clerk: when Office has not answered after
 * `slowMs`, `onSlow` is called with a way to go on as the browser page at once (the answer is then
 * "browser"); a late answer from Office is not waited for once the clerk chose.
 */
export function waitForOffice(options: { onSlow: (useBrowser: () => void) => void; slowMs?: number; detect?: () => Promise<OfficeHostKind> }): Promise<OfficeHostKind> {
  if (browserModeChosen()) return Promise.resolve("browser");
  return new Promise((resolve) => {
    let settled = false;
    const settle = (kind: OfficeHostKind) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(kind);
    };
    const timer = setTimeout(
      () =>
        options.onSlow(() => {
          chooseBrowserMode();
          settle("browser");
        }),
      options.slowMs ?? OFFICE_SLOW_MS,
    );
    void (options.detect ?? detectOffice)().then(settle);
  });
}
