/** A result or an error shown to the clerk in a MessageBar. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}
