import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../read-limits";

/**
 * The formula of a cell that shares its master's formula (<f t="shared" si="…"/>): the master's text
 * with its relative references moved by the distance between the two cells, as Excel does when filling.
 * Handles A1 references ("B2", "$B2", "Sheet1!B$2"), whole columns ("A:C") and rows ("2:5"); leaves
 * string literals, quoted sheet names, function names and structured references ("[…]") alone.
 * A reference moved off the sheet becomes #REF!, as in Excel.
 */
export function shiftFormula(formula: string, rowDelta: number, colDelta: number): string {
  if (rowDelta === 0 && colDelta === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const end = skipQuoted(formula, i, c);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (c === "[") {
      const end = skipBrackets(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (isIdentifierChar(c) || c === "$") {
      const end = tokenEnd(formula, i);
      const token = formula.slice(i, end);
      const startsToken = i === 0 || !isIdentifierChar(formula[i - 1]);
      const followedByCall = formula[end] === "(";
      out += startsToken && !followedByCall ? shiftToken(token, rowDelta, colDelta) : token;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const COLUMNS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/;
const ROWS = /^(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})$/;

/** A token is a run of identifier characters, "$" and ":" (so "A1:B2", "A:C" and "2:5" come whole). */
function shiftToken(token: string, rowDelta: number, colDelta: number): string {
  const parts = token.split(":");
  if (parts.length === 2) {
    const columns = COLUMNS.exec(token);
    if (columns) return `${shiftColumn(columns[1], columns[2], colDelta)}:${shiftColumn(columns[3], columns[4], colDelta)}`;
    const rows = ROWS.exec(token);
    if (rows) return `${shiftRow(rows[1], rows[2], rowDelta)}:${shiftRow(rows[3], rows[4], rowDelta)}`;
  }
  return parts.map((part) => shiftCell(part, rowDelta, colDelta)).join(":");
}

function shiftCell(part: string, rowDelta: number, colDelta: number): string {
  const match = CELL.exec(part);
  if (!match) return part;
  const column = shiftColumn(match[1], match[2], colDelta);
  const row = shiftRow(match[3], match[4], rowDelta);
  return column === "#REF!" || row === "#REF!" ? "#REF!" : column + row;
}

function shiftColumn(dollar: string, letters: string, delta: number): string {
  if (dollar) return dollar + letters;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  col += delta;
  if (col < 1 || col > EXCEL_MAX_COLUMNS) return "#REF!";
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function shiftRow(dollar: string, digits: string, delta: number): string {
  if (dollar) return dollar + digits;
  const row = Number(digits) + delta;
  return row < 1 || row > EXCEL_MAX_ROWS ? "#REF!" : String(row);
}

function isIdentifierChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === "_" || c === "." || code > 127;
}

function tokenEnd(formula: string, start: number): number {
  let i = start;
  while (i < formula.length && (isIdentifierChar(formula[i]) || formula[i] === "$" || formula[i] === ":")) i++;
  return i;
}

function skipQuoted(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2; // a doubled quote is an escaped one
      else return i + 1;
    } else i++;
  }
  return i;
}

function skipBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}
