import { FUZZ_BUDGET } from "../_support/fuzz-budget";

/** Each fuzz suite checks it ran its share; the shares must make the 10,000 cases CI is promised. */
describe("the fuzz budget", () => {
  it("adds up to at least 10,000 generated cases across the fuzz suites", () => {
    const total = Object.values(FUZZ_BUDGET).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  describe("edge cases", () => {
    it("gives every suite a share of at least a thousand cases", () => {
      for (const share of Object.values(FUZZ_BUDGET)) expect(share).toBeGreaterThanOrEqual(1000);
    });
  });
});
