import { useCallback, useRef, useState } from "react";
import type { ErrorPlace } from "../../workbook/error-problem";
import { errorText } from "./error-text";
import type { Notice } from "./notice";

export interface RunOptions<T> {
  /** The notice once the work is done, from what it gave; none by default. */
  done?: (value: T) => Notice | undefined;
  /** Where the work was, so a failure names the sheet or file its error does not. */
  place?: ErrorPlace;
  /** The notice for a failure, when the plain error text would not say enough. */
  failed?: (error: unknown) => Notice;
}

/** The busy/notice/error state of one view, and the one way its operations run. */
export interface Operation {
  /** What is happening now; undefined when nothing is. */
  busy?: string;
  /** The outcome of the last operation, until dismissed or the next one starts. */
  notice?: Notice;
  /**
   * Do `work` while `busy` says what is happening; nothing else starts meanwhile. Its outcome is
   * shown as a notice and a failure as an error in the clerk's words, never thrown. Resolves to what
   * the work gave, or undefined when it failed or another operation was under way. Without a busy
   * text it is a quick action (taking the clerk to a cell): nothing waits for it, nor it for others.
   */
  run<T>(busy: string | undefined, work: () => Promise<T>, options?: RunOptions<T>): Promise<T | undefined>;
  /** Show a notice (or clear it) outside an operation. */
  notify(notice?: Notice): void;
}

/**
 * One operation at a time for a view: its busy text, its notice, and failures worded once
 * (errorText). `initial` is what the view shows before its first operation (busy from the first
 * paint while it reads, or a notice such as a restored draft).
 */
export function useOperation(initial: { busy?: string; notice?: Notice } = {}): Operation {
  const [state, setState] = useState<{ busy?: string; notice?: Notice }>(initial);
  // Read synchronously: a second click before React re-renders must not start a second operation.
  const running = useRef(false);
  const run = useCallback(async <T,>(busy: string | undefined, work: () => Promise<T>, options: RunOptions<T> = {}): Promise<T | undefined> => {
    const waits = busy !== undefined;
    if (waits && running.current) return undefined;
    if (waits) {
      running.current = true;
      setState({ busy });
    }
    // A quick action leaves the busy text (and the last notice) of the operation under way alone.
    const settle = (notice: Notice | undefined) => setState((s) => (waits ? { notice } : notice ? { busy: s.busy, notice } : s));
    try {
      const value = await work();
      settle(options.done?.(value));
      return value;
    } catch (error) {
      settle(options.failed?.(error) ?? { intent: "error", text: errorText(error, options.place) });
      return undefined;
    } finally {
      if (waits) running.current = false;
    }
  }, []);
  const notify = useCallback((notice?: Notice) => setState((s) => ({ busy: s.busy, notice })), []);
  return { ...state, run, notify };
}
