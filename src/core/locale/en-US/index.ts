import type { zhCN } from "../zh-CN";
import { templateEn } from "./template";
import { parseEn } from "./parse";
import { validateEn } from "./validate";
import { extractEn } from "./extract";
import { recognizeEn } from "./recognize";
import { inferEn } from "./infer";
import { consolidateEn } from "./consolidate";
import { arrivalEn } from "./arrival";
import { narrativeEn } from "./narrative";
import { layoutEn } from "./layout";
import { intakeEn } from "./intake";
import { filesEn } from "./files";
import { errorsEn } from "./errors";
import { officeEn } from "./office";
import { marksEn } from "./marks";
import { cliEn } from "./cli";
import { cliTemplateEn } from "./cli-template";
import { cliValidateEn } from "./cli-validate";
import { cliConsolidateEn } from "./cli-consolidate";
import { cliNarrateEn } from "./cli-narrate";
import { uiEn } from "./ui";
import { uiFormEn } from "./ui-form";
import { uiAuditEn } from "./ui-audit";
import { uiDesignerEn } from "./ui-designer";
import { uiConsolidateEn } from "./ui-consolidate";
import { uiNarrativeEn } from "./ui-narrative";

/** Typed against zh-CN: a key missing here fails to compile. */
export const enUS: typeof zhCN = {
  ...templateEn,
  ...parseEn,
  ...validateEn,
  ...extractEn,
  ...recognizeEn,
  ...inferEn,
  ...consolidateEn,
  ...arrivalEn,
  ...narrativeEn,
  ...layoutEn,
  ...intakeEn,
  ...filesEn,
  ...errorsEn,
  ...officeEn,
  ...marksEn,
  ...cliEn,
  ...cliTemplateEn,
  ...cliValidateEn,
  ...cliConsolidateEn,
  ...cliNarrateEn,
  ...uiEn,
  ...uiFormEn,
  ...uiAuditEn,
  ...uiDesignerEn,
  ...uiConsolidateEn,
  ...uiNarrativeEn,
};
