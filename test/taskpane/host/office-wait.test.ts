/** @jest-environment jsdom */
import { waitForOffice } from "../../../src/taskpane/host";

beforeEach(() => window.sessionStorage.clear());

describe("waitForOffice", () => {
  it("says so after the pause when Office does not answer, and goes on as the browser page when the clerk asks", async () => {
    let useBrowser: (() => void) | undefined;
    const waiting = waitForOffice({ slowMs: 20, detect: () => new Promise(() => undefined), onSlow: (go) => (useBrowser = go) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(useBrowser).toBeDefined();
    useBrowser!();
    await expect(waiting).resolves.toBe("browser");
    // Remembered for the tab: the next start does not wait again.
    await expect(waitForOffice({ slowMs: 20, detect: () => new Promise(() => undefined), onSlow: jest.fn() })).resolves.toBe("browser");
  });

  it("is silent when Office answers in time", async () => {
    const onSlow = jest.fn();
    await expect(waitForOffice({ slowMs: 50, detect: async () => "excel", onSlow })).resolves.toBe("excel");
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(onSlow).not.toHaveBeenCalled();
  });

  describe("edge cases", () => {
    it("keeps Excel's late answer when the clerk has not chosen", async () => {
      let answer: ((kind: "excel") => void) | undefined;
      const onSlow = jest.fn();
      const waiting = waitForOffice({ slowMs: 10, detect: () => new Promise((resolve) => (answer = resolve)), onSlow });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(onSlow).toHaveBeenCalled();
      answer!("excel");
      await expect(waiting).resolves.toBe("excel");
    });
  });
});
