import { normalizeUnitName } from "./normalize-unit-name";
import type { Roster, RosterUnit } from "./roster";

/**
 * The levels of a roster whose 上级单位 column names other units of it (村 → 镇 → 县): a town's
 * summary stands for the villages under it. A 上级单位 the roster does not list (the county doing the
 * consolidation) ends the chain.
 */
export class RosterLevels {
  private readonly parentOf = new Map<RosterUnit, RosterUnit>();
  private readonly childrenOf = new Map<RosterUnit, RosterUnit[]>();

  constructor(roster: Roster) {
    const byName = new Map<string, RosterUnit>();
    for (const unit of roster.units) for (const name of [unit.name, ...unit.aliases]) byName.set(normalizeUnitName(name) || name, unit);
    for (const unit of roster.units) {
      const parent = unit.parent ? byName.get(normalizeUnitName(unit.parent) || unit.parent) : undefined;
      if (!parent || parent === unit) continue;
      this.parentOf.set(unit, parent);
      this.childrenOf.set(parent, [...(this.childrenOf.get(parent) ?? []), unit]);
    }
  }

  /** The units above this one, nearest first (a loop in the roster is cut where it closes). */
  ancestors(unit: RosterUnit): RosterUnit[] {
    const out: RosterUnit[] = [];
    for (let up = this.parentOf.get(unit); up && up !== unit && !out.includes(up); up = this.parentOf.get(up)) out.push(up);
    return out;
  }

  children(unit: RosterUnit): readonly RosterUnit[] {
    return this.childrenOf.get(unit) ?? [];
  }

  /** Whether the roster has levels at all. */
  get hasLevels(): boolean {
    return this.parentOf.size > 0;
  }
}

const LEVELS = new WeakMap<Roster, RosterLevels>();

/** The roster's levels, worked out once per roster (each file of a consolidation asks). */
export function rosterLevels(roster: Roster): RosterLevels {
  let levels = LEVELS.get(roster);
  if (!levels) LEVELS.set(roster, (levels = new RosterLevels(roster)));
  return levels;
}

/**
 * The roster's units whose figures are in: each unit received, mapped to itself, and each unit under
 * a received one (a village in its town's summary), mapped to that one. The others are 未报. A town
 * is not taken as in because all its villages are: its own summary may hold more than theirs.
 */
export function accountedUnits(roster: Roster, received: ReadonlySet<RosterUnit>): Map<RosterUnit, RosterUnit> {
  const levels = rosterLevels(roster);
  const out = new Map<RosterUnit, RosterUnit>();
  for (const unit of roster.units) {
    const by = received.has(unit) ? unit : levels.ancestors(unit).find((up) => received.has(up));
    if (by) out.set(unit, by);
  }
  return out;
}
