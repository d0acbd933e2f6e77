import { compileExpression, evaluateExpression } from "../../../src/core/validate/expression/safe-expression";

function run(text: string, scope: Record<string, number>) {
  const compiled = compileExpression(text);
  if (!compiled.ok) throw new Error(compiled.error);
  return evaluateExpression(compiled.ast, new Map(Object.entries(scope)));
}

describe("safe expressions over indicator keys", () => {
  it.each([
    ["adopted <= submitted", { adopted: 3, submitted: 5 }, true],
    ["adopted <= submitted", { adopted: 6, submitted: 5 }, false],
    ["sum(a, b, c) == total", { a: 3, b: 33, c: 56, total: 92 }, true],
    ["abs(rate - resumed / total * 100) <= 0.05", { rate: 87.5, resumed: 7, total: 8 }, true],
    ["round(x / y * 100, 1) == 6.1", { x: 61, y: 1000 }, true],
    ["!(a > b) || a == 0", { a: 0, b: 1 }, true],
    ["-a < 0", { a: 2 }, true],
  ])("%s with %j is %s", (text, scope, expected) => {
    expect(run(text, scope)).toBe(expected);
  });

  it("lists the names it uses", () => {
    const compiled = compileExpression("sum(a, b) <= total");
    expect(compiled.ok && compiled.names.sort()).toEqual(["a", "b", "total"]);
  });

  it("passes over a rule whose values are blank", () => {
    expect(run("a <= b", { a: 1 })).toBeUndefined();
  });
});

describe("edge cases: nothing reaches the runtime", () => {
  it.each([
    ["constructor.constructor('return process')()", "只能调用"],
    ["a.b", "不支持"],
    ["this", "不支持"],
    ["eval('1')", "只能调用"],
    ["toString()", "只能调用"],
    ["a = 1", ""],
    ["'text' == a", "不支持的常量"],
    ["[1,2]", "不支持"],
  ])("refuses %s", (text, fragment) => {
    const compiled = compileExpression(text);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toContain(fragment);
  });

  it("does not look names up on Object.prototype", () => {
    expect(run("constructor + 1", {})).toBeUndefined();
    expect(run("__proto__ == 1", {})).toBeUndefined();
  });
});
