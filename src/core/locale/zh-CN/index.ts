import { templateZh } from "./template";
import { parseZh } from "./parse";
import { validateZh } from "./validate";
import { extractZh } from "./extract";
import { recognizeZh } from "./recognize";
import { inferZh } from "./infer";
import { consolidateZh } from "./consolidate";
import { arrivalZh } from "./arrival";
import { narrativeZh } from "./narrative";
import { layoutZh } from "./layout";
import { intakeZh } from "./intake";
import { filesZh } from "./files";
import { errorsZh } from "./errors";
import { officeZh } from "./office";
import { marksZh } from "./marks";
import { cliZh } from "./cli";
import { cliTemplateZh } from "./cli-template";
import { cliValidateZh } from "./cli-validate";
import { cliConsolidateZh } from "./cli-consolidate";
import { cliNarrateZh } from "./cli-narrate";
import { uiZh } from "./ui";
import { uiFormZh } from "./ui-form";
import { uiAuditZh } from "./ui-audit";
import { uiDesignerZh } from "./ui-designer";
import { uiConsolidateZh } from "./ui-consolidate";
import { uiNarrativeZh } from "./ui-narrative";

/**
 * Every message of the product, keyed by code, a file per feature: the domain (template, parse,
 * validate, recognize, consolidate, narrative), the adapters (intake, files, errors, office, marks),
 * the command line and the task pane. zh-CN is the source of truth.
 */
export const zhCN = {
  ...templateZh,
  ...parseZh,
  ...validateZh,
  ...extractZh,
  ...recognizeZh,
  ...inferZh,
  ...consolidateZh,
  ...arrivalZh,
  ...narrativeZh,
  ...layoutZh,
  ...intakeZh,
  ...filesZh,
  ...errorsZh,
  ...officeZh,
  ...marksZh,
  ...cliZh,
  ...cliTemplateZh,
  ...cliValidateZh,
  ...cliConsolidateZh,
  ...cliNarrateZh,
  ...uiZh,
  ...uiFormZh,
  ...uiAuditZh,
  ...uiDesignerZh,
  ...uiConsolidateZh,
  ...uiNarrativeZh,
};
