/** @jest-environment jsdom */
import { createNarrativeLinesStore, narrativeLinesKey } from "../../../src/taskpane/narrative/narrative-lines-store";

beforeEach(() => window.localStorage.clear());

describe("createNarrativeLinesStore", () => {
  it("keeps each template's lines under huibao:narrative:<templateId>", () => {
    const store = createNarrativeLinesStore();
    store.save("supplies", ["{region}共筹备{fundsPrepared}", ""]);
    store.save("publicity", ["发放宣传单{leaflets}"]);
    expect(narrativeLinesKey("supplies")).toBe("huibao:narrative:supplies");
    expect(JSON.parse(window.localStorage.getItem("huibao:narrative:supplies")!)).toEqual(["{region}共筹备{fundsPrepared}", ""]);
    expect(createNarrativeLinesStore().load("supplies")).toEqual(["{region}共筹备{fundsPrepared}", ""]);
    expect(createNarrativeLinesStore().load("publicity")).toEqual(["发放宣传单{leaflets}"]);
  });

  it("forgets a template's lines when cleared, and knows nothing of templates never saved", () => {
    const store = createNarrativeLinesStore();
    store.save("supplies", ["a"]);
    store.clear("supplies");
    expect(store.load("supplies")).toBeUndefined();
    expect(store.load("screening")).toBeUndefined();
  });

  it("keeps the 辖区, and an empty one removes it", () => {
    const store = createNarrativeLinesStore();
    store.saveRegion("全县");
    expect(createNarrativeLinesStore().loadRegion()).toBe("全县");
    store.saveRegion("");
    expect(store.loadRegion()).toBeUndefined();
  });

  describe("edge cases", () => {
    it("ignores an entry that is not an array of lines", () => {
      window.localStorage.setItem(narrativeLinesKey("a"), "{not json");
      window.localStorage.setItem(narrativeLinesKey("b"), JSON.stringify([1, 2]));
      const store = createNarrativeLinesStore();
      expect(store.load("a")).toBeUndefined();
      expect(store.load("b")).toBeUndefined();
    });

    it("works without storage, and when storage refuses to write", () => {
      const none = createNarrativeLinesStore(null);
      none.save("a", ["x"]);
      expect(none.load("a")).toBeUndefined();
      const full = {
        getItem: () => null,
        setItem: () => {
          throw new Error("QuotaExceededError");
        },
        removeItem: () => undefined,
      } as unknown as Storage;
      expect(() => createNarrativeLinesStore(full).save("a", ["x"])).not.toThrow();
    });
  });
});
