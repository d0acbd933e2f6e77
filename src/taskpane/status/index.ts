export { StatusBar } from "./StatusBar";
export { errorText } from "./error-text";
export type { Notice } from "./notice";
export { useOperation } from "./useOperation";
export { bringIntoView } from "./bring-into-view";
export { OfficeSlowNotice } from "./OfficeSlowNotice";
