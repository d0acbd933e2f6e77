import jsep from "jsep";

/**
 * Template rules written as expressions over indicator keys ("adopted <= submitted",
 * "sum(a, b, c) == total"). jsep only parses; evaluation walks the tree with a fixed whitelist of
 * operators and functions. Nothing is ever passed to eval or new Function, no property access is
 * allowed, and names are looked up in the given scope only, so a template cannot reach the runtime.
 */
export type ExpressionValue = number | boolean;

export type CompiledExpression = { ok: true; ast: jsep.Expression; names: string[] } | { ok: false; error: string };

const FUNCTIONS: Record<string, (args: number[]) => number> = {
  sum: (a) => a.reduce((x, y) => x + y, 0),
  min: (a) => Math.min(...a),
  max: (a) => Math.max(...a),
  abs: (a) => Math.abs(a[0]),
  round: (a) => {
    const f = 10 ** (a[1] ?? 0);
    return Math.round(a[0] * f) / f;
  },
};

const BINARY: Record<string, (l: ExpressionValue, r: ExpressionValue) => ExpressionValue> = {
  "+": (l, r) => Number(l) + Number(r),
  "-": (l, r) => Number(l) - Number(r),
  "*": (l, r) => Number(l) * Number(r),
  "/": (l, r) => Number(l) / Number(r),
  "<": (l, r) => l < r,
  "<=": (l, r) => l <= r,
  ">": (l, r) => l > r,
  ">=": (l, r) => l >= r,
  "==": (l, r) => l === r,
  "!=": (l, r) => l !== r,
  "&&": (l, r) => Boolean(l) && Boolean(r),
  "||": (l, r) => Boolean(l) || Boolean(r),
};

export function compileExpression(text: string): CompiledExpression {
  let ast: jsep.Expression;
  try {
    ast = jsep(text);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const names = new Set<string>();
  const problem = check(ast, names);
  return problem ? { ok: false, error: problem } : { ok: true, ast, names: [...names] };
}

/** Walk the tree once at compile time so evaluation never meets a node it does not know. */
function check(node: jsep.Expression, names: Set<string>): string | undefined {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" || typeof node.value === "boolean" ? undefined : `不支持的常量 ${String(node.raw)}`;
    case "Identifier":
      names.add(node.name as string);
      return undefined;
    case "BinaryExpression":
      return BINARY[node.operator as string] ? check(node.left as jsep.Expression, names) ?? check(node.right as jsep.Expression, names) : `不支持的运算符 ${String(node.operator)}`;
    case "UnaryExpression":
      return node.operator === "-" || node.operator === "!" ? check(node.argument as jsep.Expression, names) : `不支持的运算符 ${String(node.operator)}`;
    case "CallExpression": {
      const callee = node.callee as jsep.Expression;
      if (callee.type !== "Identifier" || !Object.hasOwn(FUNCTIONS, callee.name as string)) return "只能调用 sum、min、max、abs、round";
      for (const arg of node.arguments as jsep.Expression[]) {
        const problem = check(arg, names);
        if (problem) return problem;
      }
      return undefined;
    }
    default:
      return `不支持的写法（${node.type}）`;
  }
}

/**
 * Evaluate with values from `scope`; undefined when a name has no value, so a rule over blank cells
 * passes (only the required rule speaks about blanks).
 */
export function evaluateExpression(ast: jsep.Expression, scope: ReadonlyMap<string, number>): ExpressionValue | undefined {
  switch (ast.type) {
    case "Literal":
      return ast.value as ExpressionValue;
    case "Identifier":
      return scope.get(ast.name as string);
    case "UnaryExpression": {
      const v = evaluateExpression(ast.argument as jsep.Expression, scope);
      if (v === undefined) return undefined;
      return ast.operator === "-" ? -Number(v) : !v;
    }
    case "BinaryExpression": {
      const l = evaluateExpression(ast.left as jsep.Expression, scope);
      const r = evaluateExpression(ast.right as jsep.Expression, scope);
      if (l === undefined || r === undefined) return undefined;
      return BINARY[ast.operator as string](l, r);
    }
    case "CallExpression": {
      const args = (ast.arguments as jsep.Expression[]).map((a) => evaluateExpression(a, scope));
      if (args.some((a) => a === undefined)) return undefined;
      return FUNCTIONS[(ast.callee as jsep.Expression).name as string](args.map(Number));
    }
    default:
      return undefined;
  }
}
