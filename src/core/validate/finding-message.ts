import { messageIn, type LocaleName, type MessageCode } from "../locale";
import type { Finding } from "./finding";

/** A finding in words. */
export function findingMessage(finding: Finding, locale: LocaleName = "zh-CN"): string {
  return messageIn(locale, finding.code as MessageCode, finding.params as never);
}

/** Its suggested fix in words, when it has one. */
export function findingFix(finding: Finding, locale: LocaleName = "zh-CN"): string | undefined {
  return finding.fix ? messageIn(locale, finding.fix.code as MessageCode, finding.fix.params as never) : undefined;
}

/** 错误 / 核实 / 提示 */
export function severityName(severity: Finding["severity"], locale: LocaleName = "zh-CN"): string {
  return messageIn(locale, `validate.severity.${severity}`);
}
