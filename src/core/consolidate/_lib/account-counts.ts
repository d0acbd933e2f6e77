import type { InputAccount, ValueAccount } from "../consolidation-result";

/** A file's account before anything is read from it. */
export function emptyAccount(file: string, order: number, sha256?: string): InputAccount {
  return {
    file,
    order,
    ...(sha256 ? { sha256 } : {}),
    status: "accepted",
    valuesRead: 0,
    valuesAccepted: 0,
    valuesConverted: 0,
    valuesRejected: 0,
    valuesBlank: 0,
    values: [],
    missing: [],
    findings: [],
  };
}

/** The account with these values, its counts taken from them, so counts and values never disagree. */
export function withValues(account: InputAccount, values: ValueAccount[]): InputAccount {
  const accepted = values.filter((v) => v.status === "accepted");
  const rejected = values.filter((v) => v.status === "rejected");
  return {
    ...account,
    values,
    valuesRead: accepted.length + rejected.length,
    valuesAccepted: accepted.length,
    valuesConverted: accepted.filter((v) => v.converted).length,
    valuesRejected: rejected.length,
    valuesBlank: values.length - accepted.length - rejected.length,
  };
}
