import type { HeaderKey } from "../template/header-fields";

/**
 * What a clerk has typed into a template's form, as typed: strings, so nothing is lost or reformatted
 * before it is parsed and checked. One ledger row is a record of column key → text.
 */
/** `notes` are by row of the 主栏 (one 备注 a row), `values` by value (a row's key in a one-column table). */
export interface FormState {
  templateId: string;
  header: Partial<Record<HeaderKey, string>>;
  values: Record<string, string>;
  notes: Record<string, string>;
  rows: Array<Record<string, string>>;
}

export function emptyFormState(templateId: string): FormState {
  return { templateId, header: {}, values: {}, notes: {}, rows: [] };
}
