import { templateZh } from "./template";
import { intakeZh } from "./intake";
import { narrativeZh } from "./narrative";
import { uiZh } from "./ui";
import { cliZh } from "./cli";
import { parseZh } from "./parse";

import { validateZh } from "./validate";
import { errorsZh } from "./errors";
import { officeZh } from "./office";
import { consolidateZh } from "./consolidate";
import { cliWorkZh } from "./cli-work";
import { marksZh } from "./marks";
import { reliabilityZh } from "./reliability";
import { uiWorkZh } from "./ui-work";
import { uiNarrativeZh } from "./ui-narrative";
/** Every message of the product, keyed by code. zh-CN is the source of truth. */
export const zhCN = {
  ...templateZh,
  ...intakeZh,
  ...narrativeZh,
  ...uiZh,
  ...cliZh,
  ...parseZh,
  ...validateZh,
  ...officeZh,
  ...errorsZh,
  ...consolidateZh,
  ...cliWorkZh,
  ...marksZh,
  ...reliabilityZh,
  ...uiWorkZh,
  ...uiNarrativeZh,
};
