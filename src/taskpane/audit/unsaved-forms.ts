import type { AuditScope } from "../../app";
import { formToCells } from "../../core/form";
import { planSheet } from "../../core/layout";
import { boundTemplate } from "../../core/recognize";
import { BUILTIN_TEMPLATES } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { DraftKey, DraftStore, FormDraft } from "../drafts";

/**
 * What was typed into 填报 and not saved yet (the forms' drafts), so that 审核 checks what the clerk
 * sees on the form rather than the sheet as last saved: it names the sheets and saves them first.
 */
export interface UnsavedForms {
  /** The report sheets in scope whose form holds unsaved changes. */
  find(scope: AuditScope): Promise<string[]>;
  /** Save those forms into their sheets (as 保存 would) and drop their drafts; resolves to the sheets saved. */
  save(scope: AuditScope): Promise<string[]>;
}

interface Pending {
  sheet: string;
  key: DraftKey;
  draft: FormDraft;
  write: () => Promise<void>;
}

export function unsavedForms(port: WorkbookPort, drafts: DraftStore, workbookKey: string): UnsavedForms {
  const pending = async (scope: AuditScope): Promise<Pending[]> => {
    const found: Pending[] = [];
    for (const binding of await port.readBindings()) {
      if (scope.kind === "sheet" && binding.sheetName !== scope.sheet) continue;
      // The form is keyed by the template it is filled against: the binding's own, as ReportWorkspace reads it.
      const template = boundTemplate(binding, BUILTIN_TEMPLATES);
      if (!template) continue;
      const key: DraftKey = { workbook: workbookKey, sheet: binding.sheetName, templateId: template.id };
      const draft = drafts.load(key);
      if (!draft) continue;
      const sheet = binding.sheetName;
      const write = () => port.writeCells(sheet, formToCells(template, planSheet(template, { sheetName: sheet }).anchors, draft.form, draft.sheetRowCount));
      found.push({ sheet, key, draft, write });
    }
    return found;
  };
  return {
    find: async (scope) => (await pending(scope)).map((p) => p.sheet),
    save: async (scope) => {
      const saved: string[] = [];
      for (const form of await pending(scope)) {
        await form.write();
        drafts.clear(form.key);
        saved.push(form.sheet);
      }
      return saved;
    },
  };
}
