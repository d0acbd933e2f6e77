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
  return setValues({ ...account }, values);
}

/**
 * Give the account these values and the counts taken from them (in one pass over the values), with its
 * values not listed (valuesUnlisted) accepted in a file used and rejected in one not used.
 */
export function setValues(account: InputAccount, values: ValueAccount[]): InputAccount {
  let accepted = 0;
  let converted = 0;
  let rejected = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v.status === "accepted") {
      accepted++;
      if (v.converted) converted++;
    } else if (v.status === "rejected") rejected++;
  }
  const blank = values.length - accepted - rejected;
  const unlisted = account.valuesUnlisted ?? 0;
  if (account.status === "accepted") accepted += unlisted;
  else rejected += unlisted;
  account.values = values;
  account.valuesRead = accepted + rejected;
  account.valuesAccepted = accepted;
  account.valuesConverted = converted;
  account.valuesRejected = rejected;
  account.valuesBlank = blank;
  return account;
}
