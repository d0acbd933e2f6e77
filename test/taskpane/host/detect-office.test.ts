import { detectOffice } from "../../../src/taskpane/host";

const officeWith = (onReady: () => Promise<{ host: unknown; platform: unknown }>) => ({
  Office: { onReady, HostType: { Excel: "Excel" } },
});

describe("detectOffice", () => {
  it("is the browser page when office.js did not load", async () => {
    expect(await detectOffice(50, {})).toBe("browser");
  });

  it("is Excel when Office.onReady reports the Excel host", async () => {
    expect(
      await detectOffice(
        50,
        officeWith(async () => ({ host: "Excel", platform: "PC" })),
      ),
    ).toBe("excel");
  });

  it("is the browser page when office.js loaded outside Office (no host)", async () => {
    expect(
      await detectOffice(
        50,
        officeWith(async () => ({ host: null, platform: null })),
      ),
    ).toBe("browser");
  });

  describe("edge cases", () => {
    it("stops waiting when Office.onReady never settles", async () => {
      const started = Date.now();
      expect(
        await detectOffice(
          30,
          officeWith(() => new Promise(() => undefined)),
        ),
      ).toBe("browser");
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it("is the browser page when Office.onReady fails", async () => {
      expect(
        await detectOffice(
          50,
          officeWith(() => Promise.reject(new Error("blocked"))),
        ),
      ).toBe("browser");
    });

    it("is the browser page in another Office host (Word)", async () => {
      expect(
        await detectOffice(
          50,
          officeWith(async () => ({ host: "Word", platform: "PC" })),
        ),
      ).toBe("browser");
    });
  });
});
