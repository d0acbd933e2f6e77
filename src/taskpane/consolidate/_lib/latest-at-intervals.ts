/**
 * Hands on the values pushed at most once every `intervalMs`: the first at once, then the latest
 * of those that came meanwhile. A worker's progress comes faster than the pane should show it
 * (every step shown re-renders the view with its list of files, 60 ms and more on a busy machine).
 * `flush` hands on what waits at once; `drop` forgets it.
 */
export function latestAtIntervals<T>(deliver: (value: T) => void, intervalMs: number): { push(value: T): void; flush(): void; drop(): void } {
  let waiting: { value: T } | undefined;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const handOn = (value: T) => {
    resting = setTimeout(rested, intervalMs);
    deliver(value);
  };
  function rested() {
    resting = undefined;
    const taken = waiting;
    waiting = undefined;
    if (taken) handOn(taken.value);
  }
  return {
    push(value) {
      if (resting === undefined) handOn(value);
      else waiting = { value };
    },
    flush() {
      clearTimeout(resting);
      resting = undefined;
      const taken = waiting;
      waiting = undefined;
      if (taken) deliver(taken.value);
    },
    drop() {
      clearTimeout(resting);
      resting = undefined;
      waiting = undefined;
    },
  };
}
