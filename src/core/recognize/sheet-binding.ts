/**
 * Which template a sheet of a workbook was made from, as the workbook's very hidden metadata keeps
 * it (the same fields as the workbook port's TemplateBinding; the JSON may be absent or empty).
 */
export interface SheetBinding {
  sheetName: string;
  templateId: string;
  /** The template's JSON as stored in the workbook, so a copy knows its form without the add-in's built-ins. */
  templateJson?: string;
}
