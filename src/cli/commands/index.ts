export { registerTemplateCommands } from "./template";
export { registerTemplateList } from "./template-list";
export { registerTemplateShow } from "./template-show";
export { registerTemplateNewWorkbook } from "./template-new-workbook";
export { registerValidate } from "./validate";
export { registerConsolidate } from "./consolidate";
export { registerNarrate } from "./narrate";
