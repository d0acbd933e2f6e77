import { useCallback, useEffect, useRef, useState } from "react";

/** A question put to the clerk while an operation waits for the answer. */
export interface Question<Q, A> {
  /** The question being asked (a dialog shows it); undefined when none is. */
  asking?: Q;
  /** Ask and wait: resolves with the answer, or undefined when the clerk closed the question. */
  ask(question: Q): Promise<A | undefined>;
  answer(answer: A | undefined): void;
}

/**
 * A question as a promise, so a use case can ask in the middle of its work (a sheet name is taken:
 * new sheets or replace?) and go on with the answer. A view that goes away answers nothing.
 */
export function useQuestion<Q, A>(): Question<Q, A> {
  const [asking, setAsking] = useState<Q>();
  const pending = useRef<(answer: A | undefined) => void>(undefined);
  const answer = useCallback((value: A | undefined) => {
    const resolve = pending.current;
    pending.current = undefined;
    setAsking(undefined);
    resolve?.(value);
  }, []);
  const ask = useCallback(
    (question: Q) =>
      new Promise<A | undefined>((resolve) => {
        pending.current?.(undefined);
        pending.current = resolve;
        setAsking(question);
      }),
    [],
  );
  useEffect(() => () => pending.current?.(undefined), []);
  return { asking, ask, answer };
}
