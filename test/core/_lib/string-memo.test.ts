import { memoizeString } from "../../../src/core/_lib/string-memo";

describe("memoizeString", () => {
  it("answers as the function does, working each text out once", () => {
    const asked: string[] = [];
    const length = memoizeString((text: string) => {
      asked.push(text);
      return text.length;
    });
    expect([length("万元"), length("吨"), length("万元"), length("吨"), length("")]).toEqual([2, 1, 2, 1, 0]);
    expect(asked).toEqual(["万元", "吨", ""]);
  });

  it("remembers an undefined answer as well", () => {
    let calls = 0;
    const nothing = memoizeString((): string | undefined => {
      calls++;
      return undefined;
    });
    expect(nothing("—")).toBeUndefined();
    expect(nothing("—")).toBeUndefined();
    expect(calls).toBe(1);
  });

  it("forgets everything at its limit, and keeps answering right", () => {
    let calls = 0;
    const upper = memoizeString((text: string) => {
      calls++;
      return text.toUpperCase();
    }, 3);
    for (const text of ["a", "b", "c"]) upper(text);
    expect(calls).toBe(3);
    expect(upper("a")).toBe("A");
    expect(calls).toBe(3);
    // A fourth text drops what was remembered.
    expect(upper("d")).toBe("D");
    expect(upper("a")).toBe("A");
    expect(calls).toBe(5);
  });
});
