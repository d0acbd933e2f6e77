import { problem, type MessageCode, type Problem } from "../locale";
import { cellAddress, type SheetSnapshot } from "../sheet";
import { cellText } from "../form/cell-text";
import { normalizeUnitName } from "./normalize-unit-name";

/**
 * The roster (单位名录): the units the consolidating office expects a report from, with the other
 * names they go by and the office above them. It decides who is 未报 (missing).
 */
export interface RosterUnit {
  name: string;
  aliases: string[];
  /** 上级单位, for grouping the list of missing units. */
  parent?: string;
}

export interface Roster {
  units: RosterUnit[];
}

/** Something wrong with a roster sheet, at a cell where there is one; worded where it is shown. */
export type RosterProblem = Problem<Extract<MessageCode, `consolidate.roster.${string}`>> & {
  /** An error means the sheet is not a roster; a warning means a line of it was set aside. */
  severity: "error" | "warning";
  sheet: string;
  cell?: string;
};

/**
 * Each roster unit's place in the roster's list (the first, should a unit be listed twice): looked up, not
 * searched for, when units are put in roster order, and how a unit crosses to another thread and back.
 */
export function rosterPlaces(roster: Roster | undefined): Map<RosterUnit, number> {
  const places = new Map<RosterUnit, number>();
  for (const [i, unit] of (roster?.units ?? []).entries()) if (!places.has(unit)) places.set(unit, i);
  return places;
}

export type RosterResult = { ok: true; roster: Roster; problems: RosterProblem[] } | { ok: false; problems: RosterProblem[] };

const SEARCH_ROWS = 30;
/** Heads of the name column, best first: a sheet may have both 单位名称 and a plain 单位. */
const NAME_HEADS = ["单位名称", "单位全称", "填报单位", "报送单位", "名称", "单位"];
const ALIAS_HEADS = new Set(["别名", "简称", "又名", "其他名称", "曾用名", "别称"]);
const PARENT_HEADS = new Set(["上级单位", "上级", "所属单位", "所属", "主管单位", "归属", "隶属"]);
const ALIAS_SEPARATORS = /[、,，;；/／\s]+/;
/** Rows under the head that are not units. */
const NOT_A_UNIT = /^(合计|总计|小计|共计|说明|备注|注)[:：]?/;

interface RosterHead {
  row: number;
  nameCol: number;
  aliasCol?: number;
  parentCol?: number;
}

function plain(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(sheet.rows[row]?.[col] ?? null)
    .normalize("NFKC")
    .replace(/\s+/g, "");
}

function findHead(sheet: SheetSnapshot): RosterHead | undefined {
  for (let row = 0; row < Math.min(sheet.rows.length, SEARCH_ROWS); row++) {
    const texts = (sheet.rows[row] ?? []).map((_, col) => plain(sheet, row, col));
    const rank = (text: string) => NAME_HEADS.indexOf(text);
    const named = texts.map((text, col) => ({ col, rank: rank(text) })).filter((c) => c.rank >= 0);
    if (named.length === 0) continue;
    const nameCol = named.sort((a, b) => a.rank - b.rank || a.col - b.col)[0].col;
    const aliasCol = texts.findIndex((t, col) => col !== nameCol && ALIAS_HEADS.has(t));
    const parentCol = texts.findIndex((t, col) => col !== nameCol && PARENT_HEADS.has(t));
    return { row, nameCol, ...(aliasCol >= 0 ? { aliasCol } : {}), ...(parentCol >= 0 ? { parentCol } : {}) };
  }
  return undefined;
}

function trimmed(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(sheet.rows[row]?.[col] ?? null).trim();
}

/**
 * Read a roster from a sheet: the head row names the 单位名称 column (别名 and 上级单位 are optional),
 * and every row below with a name is a unit. Aliases in one cell are split on 、 , ; / and spaces.
 * A name given twice, or an alias claimed by two units, is set aside with a warning.
 */
export function rosterFromSheet(sheet: SheetSnapshot): RosterResult {
  const head = findHead(sheet);
  if (!head) {
    return {
      ok: false,
      problems: [{ ...problem("consolidate.roster.no-head", { sheet: sheet.name, rows: SEARCH_ROWS }), severity: "error", sheet: sheet.name }],
    };
  }
  const units: RosterUnit[] = [];
  const problems: RosterProblem[] = [];
  /** Normalised name or alias → the unit that has it and the cell it was first seen in. */
  const owners = new Map<string, { unit: RosterUnit; cell: string }>();

  for (let row = head.row + 1; row < sheet.rows.length; row++) {
    const name = trimmed(sheet, row, head.nameCol);
    if (!name || NOT_A_UNIT.test(name)) continue;
    const cell = cellAddress(row, head.nameCol);
    const key = normalizeUnitName(name);
    const owner = owners.get(key);
    if (owner) {
      const params = { sheet: sheet.name, cell, name, other: owner.unit.name, first: owner.cell };
      problems.push({ ...problem("consolidate.roster.duplicate-name", params), severity: "warning", sheet: sheet.name, cell });
      continue;
    }
    const parent = trimmed(sheet, row, head.parentCol);
    const unit: RosterUnit = { name, aliases: [], ...(parent ? { parent } : {}) };
    owners.set(key, { unit, cell });
    const aliasCell = head.aliasCol !== undefined ? cellAddress(row, head.aliasCol) : cell;
    for (const alias of trimmed(sheet, row, head.aliasCol).split(ALIAS_SEPARATORS).filter(Boolean)) {
      const aliasKey = normalizeUnitName(alias);
      const aliasOwner = owners.get(aliasKey);
      if (aliasOwner && aliasOwner.unit !== unit) {
        const params = { sheet: sheet.name, cell: aliasCell, alias, unit: name, other: aliasOwner.unit.name };
        problems.push({ ...problem("consolidate.roster.alias-taken", params), severity: "warning", sheet: sheet.name, cell: aliasCell });
        continue;
      }
      if (!unit.aliases.includes(alias) && alias !== name) unit.aliases.push(alias);
      owners.set(aliasKey, { unit, cell: aliasCell });
    }
    units.push(unit);
  }

  if (units.length === 0) {
    const cell = cellAddress(head.row, head.nameCol);
    return {
      ok: false,
      problems: [...problems, { ...problem("consolidate.roster.empty", { sheet: sheet.name, cell }), severity: "error", sheet: sheet.name, cell }],
    };
  }
  return { ok: true, roster: { units }, problems };
}
