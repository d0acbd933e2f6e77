import { useCallback, useEffect, useRef, useState } from "react";
import type { FormState } from "../../core/form";
import type { SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { Finding } from "../../core/validate";
import { liveFindings, type LiveFieldId } from "./live-findings";

export interface LiveFindings {
  findings: Record<LiveFieldId, Finding[]>;
  /** Put on an element around the inputs: composition events bubble up from every input inside. */
  onCompositionStart: () => void;
  onCompositionEnd: () => void;
}

/**
 * The form checked as the clerk types: a short pause after the last change (debounced, so typing is
 * never held up by the audit), and never while an IME is composing — "zhong" on its way to 中 is not a
 * value, so the check waits for the composition to end.
 */
export function useLiveFindings(template: ReportTemplate, plan: SheetPlan, form: FormState, delayMs = 300): LiveFindings {
  const [findings, setFindings] = useState<Record<LiveFieldId, Finding[]>>({});
  const composing = useRef(false);
  const latest = useRef(form);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!composing.current) setFindings(liveFindings(template, plan, latest.current));
    }, delayMs);
  }, [template, plan, delayMs]);

  useEffect(() => {
    latest.current = form;
    if (!composing.current) schedule();
  }, [form, schedule]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onCompositionStart = useCallback(() => {
    composing.current = true;
    clearTimeout(timer.current);
  }, []);
  const onCompositionEnd = useCallback(() => {
    composing.current = false;
    schedule();
  }, [schedule]);

  return { findings, onCompositionStart, onCompositionEnd };
}
