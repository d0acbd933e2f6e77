/** @jest-environment jsdom */
import { emptyFormState, type FormState } from "../../../src/core/form";
import { createDraftStore, type DraftKey, type FormDraft } from "../../../src/taskpane/drafts";

const key: DraftKey = { workbook: "城关镇.xlsx", sheet: "防疫物资保障统计表", templateId: "supplies" };

function draftOf(form: Partial<FormState> = {}): FormDraft {
  return { form: { ...emptyFormState("supplies"), ...form }, sheetRowCount: 3, savedAt: "2023-02-20T08:30:00.000Z" };
}

beforeEach(() => window.localStorage.clear());

describe("draft store", () => {
  it("keeps drafts through office-js-helpers' Storage in localStorage", async () => {
    const store = await createDraftStore();
    expect(store.backend).toBe("office-js-helpers");
    const draft = draftOf({ header: { unit: "城关镇" }, values: { masks: "12.5" }, rows: [{ problem: "台账不全" }] });
    expect(store.save(key, draft)).toBe(true);
    expect(store.load(key)).toEqual(draft);
    expect(Object.keys(window.localStorage).some((k) => k.startsWith("@huibao-drafts/"))).toBe(true);
  });

  it("reads with the localStorage fallback what the library wrote, and the other way round", async () => {
    const helpers = await createDraftStore();
    const plain = await createDraftStore({ preferHelpers: false });
    expect(plain.backend).toBe("localStorage");
    helpers.save(key, draftOf({ values: { a: "1" } }));
    expect(plain.load(key)?.form.values).toEqual({ a: "1" });
    plain.save(key, draftOf({ values: { a: "2" } }));
    expect(helpers.load(key)?.form.values).toEqual({ a: "2" });
  });

  it("keeps drafts of different sheets, workbooks and templates apart", async () => {
    const store = await createDraftStore();
    store.save(key, draftOf({ values: { a: "1" } }));
    expect(store.load({ ...key, sheet: "防疫物资保障统计表(2)" })).toBeUndefined();
    expect(store.load({ ...key, workbook: "城南镇.xlsx" })).toBeUndefined();
    expect(store.load({ ...key, templateId: "screening" })).toBeUndefined();
  });

  it("forgets a draft once cleared", async () => {
    const store = await createDraftStore();
    store.save(key, draftOf());
    store.clear(key);
    expect(store.load(key)).toBeUndefined();
    expect(() => store.clear(key)).not.toThrow();
  });

  describe("edge cases", () => {
    it("keeps text that looks like an ISO timestamp as the text typed", async () => {
      const store = await createDraftStore();
      store.save(key, draftOf({ values: { when: "2023-02-20T08:30:00Z" } }));
      expect(store.load(key)?.form.values.when).toBe("2023-02-20T08:30:00Z");
    });

    it("ignores a damaged or foreign draft instead of failing", async () => {
      const store = await createDraftStore();
      window.localStorage.setItem(
        "@huibao-drafts/" + ["城关镇.xlsx", "防疫物资保障统计表", "supplies"].map(encodeURIComponent).join("|"),
        "{not json",
      );
      expect(store.load(key)).toBeUndefined();
      store.save(key, { ...draftOf(), form: { ...emptyFormState("other") } });
      expect(store.load(key)).toBeUndefined();
      store.save(key, { ...draftOf(), form: { ...emptyFormState("supplies"), values: { a: 1 as unknown as string } } });
      expect(store.load(key)).toBeUndefined();
    });

    it("falls back to memory when the browser refuses storage", async () => {
      const spy = jest.spyOn(window, "localStorage", "get").mockImplementation(() => {
        throw new DOMException("denied", "SecurityError");
      });
      try {
        const store = await createDraftStore();
        expect(store.backend).toBe("memory");
        store.save(key, draftOf({ values: { a: "1" } }));
        expect(store.load(key)?.form.values).toEqual({ a: "1" });
      } finally {
        spy.mockRestore();
      }
    });

    it("reports a write the storage refused", async () => {
      const store = await createDraftStore({ preferHelpers: false });
      const spy = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException("full", "QuotaExceededError");
      });
      try {
        expect(store.save(key, draftOf())).toBe(false);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
