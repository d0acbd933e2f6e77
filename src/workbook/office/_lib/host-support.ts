/** Whether the host implements an API set; injectable so tests can play an older Excel. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Office.js's own answer; false outside Office (nothing optional is attempted there). */
export const hostIsSetSupported: IsSetSupported = (name, version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(name, version));
