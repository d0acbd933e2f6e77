export { main } from "./main";
export { runDemo, writeBlankWorkbooks } from "./demo";
export type { CliIo } from "./_lib/cli-io";
