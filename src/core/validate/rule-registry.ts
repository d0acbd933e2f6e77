import type { Rule, WorkbookRule } from "./rule";

/** The audit rules in force. Ids are unique: registering one twice is a programming error. */
export class RuleRegistry {
  private readonly byId = new Map<string, Rule | WorkbookRule>();
  private readonly reportRules: Rule[] = [];
  private readonly workbookRules: WorkbookRule[] = [];

  register(rule: Rule): this {
    this.claim(rule);
    this.reportRules.push(rule);
    return this;
  }

  registerWorkbookRule(rule: WorkbookRule): this {
    this.claim(rule);
    this.workbookRules.push(rule);
    return this;
  }

  rules(): readonly Rule[] {
    return this.reportRules;
  }

  workbookLevel(): readonly WorkbookRule[] {
    return this.workbookRules;
  }

  private claim(rule: Rule | WorkbookRule): void {
    if (this.byId.has(rule.id)) throw new Error(`审核规则编号重复：${rule.id}`);
    this.byId.set(rule.id, rule);
  }
}
