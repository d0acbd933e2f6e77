import type { IndicatorTemplate } from "../../../core/template";
import type { Finding } from "../../../core/validate";

/** What a form of an indicator table is given: the values and notes as typed, and what the audit says of them. */
export interface IndicatorFieldsProps {
  template: IndicatorTemplate;
  values: Record<string, string>;
  notes: Record<string, string>;
  /** What the audit says about each indicator's value as typed, by key (shown with the input). */
  findings?: Record<string, Finding[]>;
  onValue: (key: string, value: string) => void;
  onNote: (key: string, value: string) => void;
}
