/** How far a long use case has got: `done` of `total` items, the one being read named (empty once all are). */
export interface ProgressStep {
  done: number;
  total: number;
  name: string;
}

/**
 * The signal a use case takes from its caller: `signal` cancels between two steps (the use case
 * throws the abort reason and writes nothing more), `step` hears of each step before it is taken and
 * may pause it (the pane lets the page paint, the command line lets Ctrl+C in).
 */
export interface Progress {
  signal?: AbortSignal;
  step?(step: ProgressStep): void | Promise<void>;
}
