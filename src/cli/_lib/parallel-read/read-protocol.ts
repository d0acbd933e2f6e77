import type { FileReaderOptions, FileReading, InputCandidate, InputKey, InputOutcome, Roster, RosterUnit, UnitDecisions, UnitIdentity } from "../../../core/consolidate";
import type { ReportTemplate } from "../../../core/template";
import { auditForConsolidation } from "../../../core/validate";
import type { SharedTexts } from "./shared-texts";

/**
 * What crosses between the command line's main thread and the threads that read the units' files.
 * A message is copied (structured clone), never shared: an object of one thread arrives as an equal
 * but other object. Everything a file's reading gives is plain data (accounts, figures, ledger rows,
 * findings, problems: strings, numbers, Dates, arrays and records), except the roster unit a
 * candidate is identified as, which the main thread uses by reference (merging a unit's files, the
 * roster's levels, its order): that one crosses as its place in the roster's list and is turned
 * back into the main thread's own unit. A ledger's rows cross as the reading packs them (LedgerRows:
 * flat arrays, copied many times faster than an object per row and per cell would be).
 */

/**
 * What a reading thread is told once: the options of createFileReader as plain data. The audit is
 * named, not sent (a function cannot cross): the thread runs auditForConsolidation itself.
 */
export interface ReaderSetup {
  template: ReportTemplate;
  knownTemplates: readonly ReportTemplate[];
  /** The main thread's roster, copied: its units in the same order, which is what the places refer to. */
  roster?: Roster;
  recognitionThreshold?: number;
  unitDecisions?: UnitDecisions;
  audit: "consolidation" | "none";
}

/** Main thread → reading thread: the setup once, then files to read (in the order given). */
export type ToReader = { kind: "setup"; setup: ReaderSetup } | { kind: "read"; index: number; path: string; position: number };

/**
 * Reading thread → main thread: ready (its modules loaded: files handed to it now are read at once), a
 * file read, or a file it failed to read (to be read again on the main thread).
 */
export type FromReader = { kind: "ready" } | { kind: "read"; index: number; reading: WireReading } | { kind: "failed"; index: number; error: string };

/** A unit's identity with its roster unit as the unit's place in roster.units. */
export type WireIdentity = Omit<UnitIdentity, "rosterUnit"> & { rosterUnit?: number };
export type WireCandidate = Omit<InputCandidate, "identity"> & { identity: WireIdentity };

export type WireOutcome = { kind: "candidate"; candidate: WireCandidate } | Exclude<InputOutcome, { kind: "candidate" }>;
export interface WireReading {
  key: InputKey;
  outcomes: WireOutcome[];
}

/** The setup for these options, or undefined when their audit is not one a reading thread can run. */
export function readerSetup(options: FileReaderOptions): ReaderSetup | undefined {
  const { template, knownTemplates, roster, recognitionThreshold, unitDecisions, validate } = options;
  if (validate && validate !== auditForConsolidation) return undefined;
  return { template, knownTemplates, roster, recognitionThreshold, unitDecisions, audit: validate ? "consolidation" : "none" };
}

/** The options a reading thread reads with: the main thread's, rebuilt from the setup. */
export function readerOptions(setup: ReaderSetup): FileReaderOptions {
  const { audit, ...options } = setup;
  return { ...options, ...(audit === "consolidation" ? { validate: auditForConsolidation } : {}) };
}

/** A file's reading, to cross to the main thread. */
export function toWire(reading: FileReading, places: ReadonlyMap<RosterUnit, number>): WireReading {
  const outcomes = reading.outcomes.map((outcome): WireOutcome => {
    if (outcome.kind !== "candidate") return outcome;
    const { identity, ...candidate } = outcome.candidate;
    const { rosterUnit, ...rest } = identity;
    if (!rosterUnit) return { kind: "candidate", candidate: { ...candidate, identity: rest } };
    const place = places.get(rosterUnit);
    // Identified as a unit that is not the roster's: it would not be found again on the main thread.
    if (place === undefined) throw new Error(`roster unit ${rosterUnit.name} is not in the roster`);
    return { kind: "candidate", candidate: { ...candidate, identity: { ...rest, rosterUnit: place } } };
  });
  return { key: reading.key, outcomes };
}

/**
 * A file's reading as it arrived, its roster units the main thread's own; the texts of its audit's
 * findings those of `texts` where given (see SharedTexts: equal strings, kept once).
 */
export function fromWire(wire: WireReading, roster: Roster | undefined, texts?: SharedTexts): FileReading {
  const outcomes = wire.outcomes.map((outcome): InputOutcome => {
    if (outcome.kind !== "candidate") return outcome;
    texts?.shareFindings(outcome.candidate.audited);
    const { identity, ...candidate } = outcome.candidate;
    const { rosterUnit: place, ...rest } = identity;
    if (place === undefined) return { kind: "candidate", candidate: { ...candidate, identity: rest } };
    const rosterUnit = roster?.units[place];
    if (!rosterUnit) throw new Error(`roster place ${place} is not in the roster`);
    return { kind: "candidate", candidate: { ...candidate, identity: { ...rest, rosterUnit } } };
  });
  return { key: wire.key, outcomes };
}
