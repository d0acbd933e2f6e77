import type { ConsolidateOptions } from "./consolidate";
import { readInput, type InputOutcome } from "./_lib/read-input";
import type { UnitInput } from "./unit-input";

/** What orders the files: their order, then name, then content. */
export type InputKey = Pick<UnitInput, "order" | "fileName" | "sha256">;

/** A file read against the template: its place among the files, and each sheet's outcome (a unit's candidate, or not used and why). */
export interface FileReading {
  key: InputKey;
  outcomes: InputOutcome[];
}

/**
 * What reading a file needs of the consolidation's options: everything but what is done once all are
 * read. The templates a file may hold are given (ConsolidationRun gives the built-ins by default), so
 * a thread that only reads files never loads the built-ins and their schema.
 */
export type FileReaderOptions = Pick<ConsolidateOptions, "template" | "roster" | "validate" | "recognitionThreshold" | "unitDecisions"> & {
  knownTemplates: NonNullable<ConsolidateOptions["knownTemplates"]>;
};

/**
 * Reads one file after another against the template, as a consolidation does: recognise, identify the
 * unit, read and audit every value. It depends on the file and the options alone, so another thread
 * given the same options reads a file exactly as ConsolidationRun would.
 */
export function createFileReader(options: FileReaderOptions): (input: UnitInput) => FileReading {
  const { template, roster, recognitionThreshold, validate, unitDecisions } = options;
  const knownTemplates = [template, ...options.knownTemplates.filter((t) => t.id !== template.id)];
  return (input) => ({
    key: { order: input.order, fileName: input.fileName, sha256: input.sha256 },
    outcomes: readInput(input, { template, knownTemplates, roster, threshold: recognitionThreshold, audit: validate, unitDecisions }),
  });
}
