export { StatusBar } from "./StatusBar";
export { errorText } from "./error-text";
export type { ErrorPlace } from "../../workbook/error-problem";
export type { Notice } from "./notice";
