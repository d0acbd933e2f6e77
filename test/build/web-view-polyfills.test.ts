/** The ES2022 methods old Mac web views lack, supplied as the standard defines them. */
describe("web-view polyfills", () => {
  const originals = {
    arrayAt: Object.getOwnPropertyDescriptor(Array.prototype, "at")!,
    stringAt: Object.getOwnPropertyDescriptor(String.prototype, "at")!,
    hasOwn: Object.getOwnPropertyDescriptor(Object, "hasOwn")!,
  };
  afterAll(() => {
    Object.defineProperty(Array.prototype, "at", originals.arrayAt);
    Object.defineProperty(String.prototype, "at", originals.stringAt);
    Object.defineProperty(Object, "hasOwn", originals.hasOwn);
  });

  it("adds at() and Object.hasOwn where the engine lacks them", () => {
    delete (Array.prototype as { at?: unknown }).at;
    delete (String.prototype as { at?: unknown }).at;
    delete (Object as { hasOwn?: unknown }).hasOwn;
    expect((Array.prototype as { at?: unknown }).at).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh after the methods are taken away
    jest.isolateModules(() => require("../../src/taskpane/host/web-view-polyfills"));
    expect([1, 2, 3].at(-1)).toBe(3);
    expect([1, 2, 3].at(0)).toBe(1);
    expect([1, 2, 3].at(3)).toBeUndefined();
    expect("汇报通".at(-1)).toBe("通");
    expect(Object.hasOwn({ a: 1 }, "a")).toBe(true);
    expect(Object.hasOwn(Object.create({ a: 1 }), "a")).toBe(false);
    expect(Object.keys(Array.prototype)).not.toContain("at");
  });

  it("leaves the engine's own methods alone", () => {
    Object.defineProperty(Array.prototype, "at", originals.arrayAt);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh after the methods are taken away
    jest.isolateModules(() => require("../../src/taskpane/host/web-view-polyfills"));
    expect(Array.prototype.at).toBe(originals.arrayAt.value);
  });
});
