import { memoizeString } from "../_lib/string-memo";
import { parseCellAddress } from "./address";
import { isCellError, type CellValue, type SheetSnapshot } from "./snapshot";

/**
 * Files written by scripts (openpyxl, pandas, many office systems) keep their formulas but no
 * results: Excel computes them when the file is opened, a reader of the file sees blanks. A blank
 * read where the clerk's sheet shows 210 is a wrong total and a false 未填写, so the simple formulas
 * a form uses — SUM over cells and ranges, + − × ÷ over cells and numbers, brackets — are computed
 * here from the sheet's own cells, as Excel would (with IF, N, OR and AND, which the add-in's own forms use
 * for rates). Any other formula (another function, another
 * sheet, text in a referenced cell) becomes an error value that says 公式未计算, never a blank.
 */

/** The error value of a formula this module cannot compute: read as 错误 “公式未计算” wherever it lands. */
export const UNCOMPUTED_FORMULA = "#公式未计算";

/** Whether a cell holds a formula left uncomputed (see computeUncachedFormulas). */
export function isUncomputedFormula(value: CellValue): boolean {
  return isCellError(value) && value.error === UNCOMPUTED_FORMULA;
}

type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "ref"; text: string }
  | { kind: "name"; text: string }
  | { kind: "op"; text: string };

/** Formulas using formulas, this deep at most. */
const MAX_DEPTH = 200;
/** One range this large at most, and this many cells read through ranges on one sheet. */
const MAX_RANGE_CELLS = 100_000;
const MAX_CELLS_READ = 2_000_000;

class Unsupported extends Error {}
/** An Excel error the formula gives (#DIV/0!), as Excel would show it. */
class FormulaError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)(?![A-Za-z0-9_(!])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/(),:=<>]))/y;

function tokenize(formula: string): readonly Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) throw new Unsupported();
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: "str", value: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "name", text: m[4].toUpperCase() });
    else tokens.push({ kind: "op", text: m[5] });
  }
  return tokens;
}

/**
 * A formula's tokens (without its leading =), or undefined when it holds what no formula here may.
 * Every unit's file of a consolidation holds the same formulas at the same cells (a form's 合计 and
 * rates): each text is read once, and the tokens, which evaluating only reads, are shared.
 */
const tokensOf = memoizeString((formula: string): readonly Token[] | undefined => {
  try {
    return tokenize(formula.replace(/^=/, ""));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
});

/** A cell reference's place (the same few in every file's formulas), or undefined when it is not one. */
const placeOf = memoizeString(parseCellAddress);

/** A formulas key ("row,col", as every reader of a sheet writes it) as its two numbers, without a list made of it. */
function keyPlace(key: string): { row: number; col: number } {
  const comma = key.indexOf(",");
  return { row: Number(key.slice(0, comma)), col: Number(key.slice(comma + 1)) };
}

/** Reads the formulas of one sheet, computing a cell's formula on demand (a formula may use another's result). */
class SheetFormulas {
  private readonly computed = new Map<string, CellValue>();
  private readonly busy = new Set<string>();
  /** Cells read through ranges so far: a sheet of many big SUMs is left uncomputed past a bound. */
  private cellsRead = 0;

  constructor(private readonly sheet: SheetSnapshot) {}

  /** The value a cell shows: its own, or its uncached formula's result. */
  valueAt(row: number, col: number): CellValue {
    const own = this.sheet.rows[row]?.[col] ?? null;
    const key = `${row},${col}`;
    const formula = own === null ? this.sheet.formulas?.[key] : undefined;
    if (formula === undefined) return own;
    const done = this.computed.get(key);
    if (done !== undefined) return done;
    if (this.busy.has(key)) throw new Unsupported(); // a circular reference
    // A chain of formulas deeper than a form's (each row adding the one above, thousands deep) would
    // overflow the stack: not computed.
    if (this.busy.size >= MAX_DEPTH) throw new Unsupported();
    this.busy.add(key);
    let value: CellValue;
    try {
      value = this.evaluate(formula);
    } catch (error) {
      if (error instanceof FormulaError) value = { error: error.message };
      else if (error instanceof Unsupported) value = { error: UNCOMPUTED_FORMULA };
      else throw error;
    } finally {
      this.busy.delete(key);
    }
    this.computed.set(key, value);
    return value;
  }

  private evaluate(formula: string): CellValue {
    const tokens = tokensOf(formula);
    if (!tokens) throw new Unsupported();
    let at = 0;
    const peek = () => tokens[at];
    const isOp = (text: string) => peek()?.kind === "op" && (peek() as { text: string }).text === text;
    const expectOp = (text: string) => {
      if (!isOp(text)) throw new Unsupported();
      at++;
    };

    /** A value in arithmetic: a blank is 0; text, a date or TRUE is not guessed at (Excel's coercions differ). */
    const number = (value: Value): number => {
      if (value === null) return 0;
      if (typeof value === "number") return value;
      throw new Unsupported();
    };
    const cell = (ref: string): Value => {
      const at = placeOf(ref);
      if (!at) throw new Unsupported();
      return plain(this.valueAt(at.row, at.col));
    };
    const range = (ref: string): Value[] => {
      const [from, to] = ref.split(":").map((r) => parseCellAddress(r));
      if (!from || !to) throw new Unsupported();
      const cells: Value[] = [];
      // A whole column (A1:A1048576) or a sheet-wide range is no form's sum: not computed, never walked.
      const size = (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
      this.cellsRead += size;
      if (size > MAX_RANGE_CELLS || this.cellsRead > MAX_CELLS_READ) throw new Unsupported();
      for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
        for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) cells.push(plain(this.valueAt(r, c)));
      return cells;
    };

    /** Past the rest of an argument whose value failed: up to its "," or the call's ")". */
    const skipArgument = () => {
      for (let depth = 0; at < tokens.length; at++) {
        const token = tokens[at];
        if (token.kind !== "op") continue;
        if (token.text === "(") depth++;
        else if (token.text === ")" && depth-- === 0) return;
        else if (token.text === "," && depth === 0) return;
      }
    };
    /** The arguments of a function call, a range standing alone among them given as its cells. */
    const args = (): Argument[][] => {
      expectOp("(");
      const list: Argument[][] = [];
      if (!isOp(")")) {
        for (;;) {
          const token = peek();
          const next = tokens[at + 1];
          const alone = next === undefined || (next.kind === "op" && (next.text === "," || next.text === ")"));
          if (token?.kind === "ref" && token.text.includes(":") && alone) {
            at++;
            list.push(range(token.text));
          } else {
            // An argument that fails counts only if the function takes it, as in Excel: IF(N(D7)=0,"",D8/D7)
            // is "" with D7 blank (#DIV/0! not taken) or holding a placeholder "xx" (text not divided).
            const start = at;
            try {
              list.push([comparison()]);
            } catch (error) {
              if (!(error instanceof FormulaError || error instanceof Unsupported)) throw error;
              list.push([{ failed: error instanceof FormulaError ? error.message : UNCOMPUTED_FORMULA }]);
              at = start;
              skipArgument();
            }
          }
          if (!isOp(",")) break;
          at++;
        }
      }
      expectOp(")");
      return list;
    };
    const call = (name: string): Value => {
      const given = args();
      const one = (i: number): Value => {
        if (given[i]?.length !== 1) throw new Unsupported();
        return taken(given[i][0]);
      };
      switch (name) {
        case "SUM":
          // SUM skips blanks; text in a summed cell (300余) is not guessed at: Excel would leave it out.
          return given.flat().reduce<number>((total, v) => (v === null ? total : total + number(taken(v))), 0);
        case "N": {
          if (given.length !== 1) throw new Unsupported();
          const v = one(0);
          return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
        }
        case "IF": {
          if (given.length < 2 || given.length > 3) throw new Unsupported();
          const test = one(0);
          const yes = typeof test === "boolean" ? test : number(test) !== 0;
          return yes ? one(1) : given.length === 3 ? one(2) : false;
        }
        case "OR":
        case "AND": {
          const tests = given
            .flat()
            .map(taken)
            .filter((v) => v !== null)
            .map((v) => (typeof v === "boolean" ? v : number(v) !== 0));
          if (tests.length === 0) throw new Unsupported();
          return name === "OR" ? tests.some(Boolean) : tests.every(Boolean);
        }
        default:
          throw new Unsupported();
      }
    };

    const factor = (): Value => {
      const token = peek();
      if (!token) throw new Unsupported();
      at++;
      if (token.kind === "num") return token.value;
      if (token.kind === "str") return token.value;
      if (token.kind === "ref") {
        if (token.text.includes(":")) throw new Unsupported();
        return cell(token.text);
      }
      if (token.kind === "name") return call(token.text);
      if (token.text === "-") return -number(factor());
      if (token.text === "+") return number(factor());
      if (token.text === "(") {
        const value = comparison();
        expectOp(")");
        return value;
      }
      throw new Unsupported();
    };
    const term = (): Value => {
      let value = factor();
      while (isOp("*") || isOp("/")) {
        const op = (tokens[at++] as { text: string }).text;
        const left = number(value);
        const right = number(factor());
        if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
        value = op === "*" ? left * right : left / right;
      }
      return value;
    };
    const sum = (): Value => {
      let value = term();
      while (isOp("+") || isOp("-")) {
        const op = (tokens[at++] as { text: string }).text;
        const left = number(value);
        const right = number(term());
        value = op === "+" ? left + right : left - right;
      }
      return value;
    };
    const comparison = (): Value => {
      const left = sum();
      const token = peek();
      if (token?.kind !== "op" || !COMPARISONS.has(token.text)) return left;
      at++;
      return compare(left, token.text, sum());
    };

    const value = comparison();
    if (at !== tokens.length) throw new Unsupported();
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Unsupported();
      // As Excel shows a sum of decimals: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
      return Number(value.toPrecision(15));
    }
    // A formula giving "" shows an empty cell (a rate while its denominator is blank).
    return value === "" ? null : value;
  }
}

/** A value inside a formula: a number, text, TRUE/FALSE, or a blank cell (null). */
type Value = number | string | boolean | null;
/** A function's argument: a value, or the error it gave, raised only if the function uses it. */
type Argument = Value | { failed: string };

function taken(argument: Argument): Value {
  if (argument !== null && typeof argument === "object") {
    if (argument.failed === UNCOMPUTED_FORMULA) throw new Unsupported();
    throw new FormulaError(argument.failed);
  }
  return argument;
}

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

/** A referenced cell's value for a formula; an error value in it is the formula's result too. */
function plain(value: CellValue): Value {
  if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (isCellError(value)) {
    if (value.error === UNCOMPUTED_FORMULA) throw new Unsupported();
    throw new FormulaError(value.error);
  }
  throw new Unsupported(); // a date: its serial number is not guessed at
}

/** Excel's comparison: a blank is 0 beside a number and "" beside text; numbers come before text. */
function compare(left: Value, op: string, right: Value): boolean {
  const a = left === null ? (typeof right === "string" ? "" : 0) : left;
  const b = right === null ? (typeof left === "string" ? "" : 0) : right;
  if (typeof a === "boolean" || typeof b === "boolean") throw new Unsupported();
  let order: number;
  if (typeof a === "number" && typeof b === "number") order = a - b;
  else if (typeof a === "string" && typeof b === "string") order = a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  else order = typeof a === "number" ? -1 : 1;
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

/**
 * The sheet with each formula that has no cached result computed (or marked 公式未计算); the same
 * sheet when there is none. Cells with a cached result are left as they are: Excel computed them.
 */
export function computeUncachedFormulas(sheet: SheetSnapshot): SheetSnapshot {
  const formulas = sheet.formulas;
  if (!formulas) return sheet;
  const pending = Object.keys(formulas).filter((key) => {
    const { row, col } = keyPlace(key);
    return (sheet.rows[row]?.[col] ?? null) === null;
  });
  if (pending.length === 0) return sheet;
  const reader = new SheetFormulas(sheet);
  const rows = sheet.rows.map((cells) => [...cells]);
  for (const key of pending) {
    const { row, col } = keyPlace(key);
    const value = reader.valueAt(row, col);
    while (rows.length <= row) rows.push([]);
    const cells = rows[row];
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }
  return { ...sheet, rows };
}
