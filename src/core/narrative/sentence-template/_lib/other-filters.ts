import { message } from "../../../locale";
import { ledgerScope } from "../../generate/ledger-scope";
import { reportingStatus } from "../../generate/reporting-status";
import { formatCutoff } from "../../format/format-cutoff";
import { formatDate } from "../../format/format-date";
import { formatDateTime } from "../../format/format-date-time";
import { entityPhrase } from "../../spec/entity-phrase";
import { argumentCount, defineFilter, readKeywords, type FilterDefinition } from "./filter-definition";

/** Filters of dates, of who reported and of a ledger: date, datetime, reporting, scope. */

const SHORT = { short: "short", 短: "short", 不含年: "short" } as const;

function dateFilter(name: "date" | "datetime"): FilterDefinition {
  return defineFilter<{ withYear: boolean }>({
    name,
    accepts: ["date"],
    check: (_input, args) => {
      const read = readKeywords(name, args, SHORT, 1, message("narrative.expect.one-of", { values: "short、短" }));
      return "words" in read ? { args: { withYear: !read.words.has("short") }, output: { type: "phrases" } } : read;
    },
    apply: (value, { withYear }) => {
      if (value.type !== "date" || !value.cutoff) return { type: "phrases" };
      const { date, hour, minute } = value.cutoff;
      let text: string;
      if (name === "date") text = formatDate(date, { withYear });
      else if (hour !== undefined) text = formatDateTime(date, hour, { withYear, minute });
      // formatCutoff knows that a day without an hour is a plain date; the template writes its own 截至.
      else text = formatCutoff(date, { withYear }).replace(/^截至/, "");
      return { type: "phrases", phrases: [entityPhrase("date", text)] };
    },
  });
}

export const dateOnlyFilter = dateFilter("date");
export const dateTimeFilter = dateFilter("datetime");

/** reporting(乡镇): who reported, with the noun for the units (default 单位). */
export const reportingFilter = defineFilter<{ noun?: string }>({
  name: "reporting",
  accepts: ["units"],
  check: (_input, args) => (args.length > 1 ? argumentCount("reporting", message("narrative.expect.at-most", { count: 1 })) : { args: { noun: args[0]?.text }, output: { type: "phrases" } }),
  apply: (value, { noun }) => ({ type: "phrases", phrases: value.type === "units" && value.units ? reportingStatus(value.units, noun) : undefined }),
});

export const scopeFilter = defineFilter<null>({
  name: "scope",
  accepts: ["ledger"],
  check: (_input, args) => (args.length > 0 ? argumentCount("scope", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: { type: "phrases" } }),
  // A ledger of no problem is a 0: a sentence of it alone is left out (无新增 says it, where the template has it).
  apply: (value) => (value.type === "ledger" && value.ledger ? { type: "phrases", phrases: ledgerScope(value.ledger), zero: value.ledger.problems === 0 } : { type: "phrases" }),
});
