import { parentPort } from "node:worker_threads";
import { createFileReader, rosterPlaces, type FileReading, type RosterUnit, type UnitInput } from "../../../core/consolidate";
import { loadUnitInput } from "../load-unit-input";
import { readerOptions, toWire, type FromReader, type ToReader } from "./read-protocol";

/**
 * A thread that reads units' files for the command line's consolidation: told the setup once, then
 * given files, it loads each (read, SHA-256, unzip, lean reader) and reads it against the template
 * (recognise, identify the unit, read and audit every value), and sends back what the reading gave.
 * Files are read one at a time in the order given, so no more than one sits in this thread's memory.
 * An entry file of its own (compiled beside worker-reader.js; a bundle makes it a second entry).
 */
const port = parentPort;
if (!port) throw new Error("read-worker runs as a worker thread");

let read: ((input: UnitInput) => FileReading) | undefined;
let places: Map<RosterUnit, number> = new Map();
let queue: Promise<void> = Promise.resolve();

function post(message: FromReader): void {
  port!.postMessage(message);
}

async function readOne(index: number, path: string, position: number): Promise<void> {
  try {
    if (!read) throw new Error("read before setup");
    const reading = read(await loadUnitInput(path, position));
    // Copying may fail too (a value that cannot be cloned): then the main thread reads the file itself.
    post({ kind: "read", index, reading: toWire(reading, places) });
  } catch (error) {
    post({ kind: "failed", index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

port.on("message", (message: ToReader) => {
  if (message.kind === "setup") {
    read = createFileReader(readerOptions(message.setup));
    places = rosterPlaces(message.setup.roster);
    return;
  }
  const { index, path, position } = message;
  queue = queue.then(() => readOne(index, path, position));
});

// Until now the thread was loading its modules (a few hundred ms): the main thread reads meanwhile.
post({ kind: "ready" });
