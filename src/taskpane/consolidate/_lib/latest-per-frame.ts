/**
 * Hands on the latest of the values pushed, at most once per animation frame (every 16 ms where the
 * page has no frames): a worker's progress comes faster than the pane can paint, and every step
 * shown re-renders the view with its list of files. `flush` hands on what waits at once; `drop`
 * forgets it.
 */
export function latestPerFrame<T>(deliver: (value: T) => void): { push(value: T): void; flush(): void; drop(): void } {
  const frames = typeof requestAnimationFrame === "function";
  let waiting: { value: T } | undefined;
  let scheduled: number | ReturnType<typeof setTimeout> | undefined;
  const unschedule = () => {
    if (scheduled === undefined) return;
    if (frames) cancelAnimationFrame(scheduled as number);
    else clearTimeout(scheduled);
    scheduled = undefined;
  };
  const handOn = () => {
    scheduled = undefined;
    const taken = waiting;
    waiting = undefined;
    if (taken) deliver(taken.value);
  };
  return {
    push(value) {
      waiting = { value };
      if (scheduled === undefined) scheduled = frames ? requestAnimationFrame(handOn) : setTimeout(handOn, 16);
    },
    flush() {
      unschedule();
      handOn();
    },
    drop() {
      unschedule();
      waiting = undefined;
    },
  };
}
