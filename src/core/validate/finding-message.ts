import { messageIn, problemText, type LocaleName } from "../locale";
import type { Finding } from "./finding";

/** A finding in words. */
export function findingMessage(finding: Finding, locale: LocaleName = "zh-CN"): string {
  return problemText(finding, locale);
}

/** Its suggested fix in words, when it has one. */
export function findingFix(finding: Finding, locale: LocaleName = "zh-CN"): string | undefined {
  return finding.fix ? problemText(finding.fix, locale) : undefined;
}

/** 错误 / 核实 / 提示 */
export function severityName(severity: Finding["severity"], locale: LocaleName = "zh-CN"): string {
  return messageIn(locale, `validate.severity.${severity}`);
}
