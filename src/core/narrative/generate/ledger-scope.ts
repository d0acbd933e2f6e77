import { formatChineseCount } from "../format/format-chinese-count";
import { CATEGORY_COUNT } from "../register/category-count";
import { entityPhrase } from "../spec/entity-phrase";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { countText } from "./figure-phrase";
import type { LedgerState } from "./narrative-input";

/**
 * How much a ledger holds, as reports count it (domain.md §6): 三方面17项43个问题 — the small count of
 * 方面 in Chinese numerals, the items counted in Arabic. A level the ledger does not use (no 方面
 * column filled) is left out: 17项43个问题; so is a single 方面, since 一方面 reads "on the one hand";
 * more 方面 than CATEGORY_COUNT writes in numerals are counted in digits: 12个方面.
 */
export function ledgerScope(ledger: LedgerState): Phrase[] {
  const phrases: Phrase[] = [];
  if (ledger.aspects > 1) {
    const count = ledger.aspects > CATEGORY_COUNT.chineseUpTo ? countText(ledger.aspects, "个") : { text: formatChineseCount(ledger.aspects), value: ledger.aspects };
    phrases.push(entityPhrase("number", count, { unit: "方面" }), textPhrase("方面"));
  }
  if (ledger.items > 0) phrases.push(entityPhrase("number", countText(ledger.items, "项"), { unit: "项" }));
  phrases.push(entityPhrase("number", countText(ledger.problems, "个"), { unit: "个" }), textPhrase("问题"));
  return phrases;
}
