import type { zhCN } from "../zh-CN";
import { templateEn } from "./template";
import { intakeEn } from "./intake";
import { narrativeEn } from "./narrative";
import { uiEn } from "./ui";
import { cliEn } from "./cli";
import { parseEn } from "./parse";

import { validateEn } from "./validate";
import { errorsEn } from "./errors";
import { officeEn } from "./office";
import { consolidateEn } from "./consolidate";
import { cliWorkEn } from "./cli-work";
import { marksEn } from "./marks";
import { reliabilityEn } from "./reliability";
import { uiWorkEn } from "./ui-work";
import { uiNarrativeEn } from "./ui-narrative";
/** Typed against zh-CN: a key missing here fails to compile. */
export const enUS: typeof zhCN = {
  ...templateEn,
  ...intakeEn,
  ...narrativeEn,
  ...uiEn,
  ...cliEn,
  ...parseEn,
  ...validateEn,
  ...officeEn,
  ...errorsEn,
  ...consolidateEn,
  ...cliWorkEn,
  ...marksEn,
  ...reliabilityEn,
  ...uiWorkEn,
  ...uiNarrativeEn,
};
